import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { cssVariables } from './src/styles/palette';

/**
 * Theme tokens. Colours are CSS variables for the light and dark schemes, written from src/styles/palette.ts
 * (their one home, checked for contrast by tests/unit/contrast.test.ts), so utilities never hard-code a scheme.
 */
export default {
	// Class names live only in src/ (content is data): scanning prose would add classes for words like "table".
	content: ['./src/**/*.{astro,ts,tsx,js}'],
	theme: {
		extend: {
			colors: {
				page: 'var(--color-page)',
				surface: 'var(--color-surface)',
				ink: 'var(--color-ink)',
				muted: 'var(--color-muted)',
				line: 'var(--color-line)',
				/** Edges of form fields: 3:1 against the page (WCAG 1.4.11), unlike decorative lines. */
				control: 'var(--color-control)',
				accent: 'var(--color-accent)',
				'accent-ink': 'var(--color-accent-ink)',
				good: 'var(--color-good)',
				warn: 'var(--color-warn)',
				bad: 'var(--color-bad)',
				focus: 'var(--color-focus)',
			},
			fontFamily: {
				sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'],
			},
			maxWidth: { prose: '42rem', page: '64rem' },
		},
	},
	plugins: [
		plugin(({ addBase }) => {
			addBase({ ':root': { 'color-scheme': 'light dark', ...cssVariables('light') } });
			addBase({ '@media (prefers-color-scheme: dark)': { ':root': cssVariables('dark') } });
		}),
	],
} satisfies Config;
