/**
 * The site's colours: the one place they are written. The stylesheet gets them as CSS variables (through
 * tailwind.config.ts), the screen drawings and the browser's theme colour read them here, and the contrast
 * test checks every pair that carries text or marks a control against WCAG 2.2 AA.
 */
export const PALETTE = {
	light: {
		page: '#ffffff',
		surface: '#f3f5f8',
		ink: '#16202c',
		muted: '#4a5563',
		line: '#c9d1db',
		control: '#6b7480',
		accent: '#0a58b8',
		'accent-ink': '#ffffff',
		good: '#13703a',
		warn: '#8a4b00',
		bad: '#b42318',
		/** The keyboard focus ring: violet, so it is never mistaken for the drawings' orange "tap here" ring. */
		focus: '#7a2fd0',
		/** Drawings only: the ring around the control to tap, the device frame, and a switch that is off. */
		mark: '#b35c00',
		frame: '#8a94a1',
		off: '#6b7280',
	},
	dark: {
		page: '#10161d',
		surface: '#19222c',
		ink: '#e8edf2',
		muted: '#a9b4c0',
		line: '#3a4653',
		control: '#7d8a98',
		accent: '#7cb6ff',
		'accent-ink': '#0b1a2c',
		good: '#6fd49a',
		warn: '#f2b66d',
		bad: '#ff9a8f',
		focus: '#c9a2ff',
		mark: '#ffb454',
		frame: '#6b7785',
		off: '#8b95a1',
	},
} as const;

export type Scheme = keyof typeof PALETTE;
export type ColourName = keyof (typeof PALETTE)['light'];
/** Colours only the drawings use: they carry them in their own files (src/lib/screens/style.ts), so pages need no variable for them. */
export const DRAWING_ONLY = ['mark', 'frame', 'off'] as const satisfies readonly ColourName[];

/** `{ '--color-page': '#ffffff', … }` for one scheme. */
export function cssVariables(scheme: Scheme): Record<string, string> {
	return Object.fromEntries(
		Object.entries(PALETTE[scheme])
			.filter(([name]) => !(DRAWING_ONLY as readonly string[]).includes(name))
			.map(([name, value]) => [`--color-${name}`, value]),
	);
}
