import type { Config } from 'tailwindcss';

/**
 * Theme tokens. Colours are CSS variables defined in src/styles/global.css for the light and dark schemes,
 * so every pairing is checked once there (WCAG 2.2 AA) and utilities never hard-code a scheme.
 */
export default {
	content: ['./src/**/*.{astro,ts,tsx}', './content/**/*.{md,mdx,yaml}'],
	theme: {
		extend: {
			colors: {
				page: 'var(--color-page)',
				surface: 'var(--color-surface)',
				ink: 'var(--color-ink)',
				muted: 'var(--color-muted)',
				line: 'var(--color-line)',
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
} satisfies Config;
