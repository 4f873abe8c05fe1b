/** The line icons: LinkedIn's top and tab bars, and the chevron at the end of a settings row. */

/** Small generic line icons, centred on (x, y), about 20 units across. None is LinkedIn's own artwork. */
const ICONS = {
	home: (x: number, y: number) => `M${x - 9} ${y - 1}l9-8 9 8M${x - 6} ${y - 3}v11h12v-11`,
	people: (x: number, y: number) =>
		`M${x - 4} ${y - 7}a3.5 3.5 0 1 0 .1 0M${x - 10} ${y + 8}a6 6 0 0 1 12 0M${x + 5} ${y - 5}a3 3 0 1 0 .1 0M${x + 3} ${y + 2}a5 5 0 0 1 7 6`,
	jobs: (x: number, y: number) => `M${x - 9} ${y - 4}h18v12h-18zM${x - 4} ${y - 4}v-4h8v4`,
	chat: (x: number, y: number) => `M${x - 9} ${y - 8}h18v13h-9l-5 4v-4h-4z`,
	bell: (x: number, y: number) => `M${x - 7} ${y + 5}h14l-2-3v-5a5 5 0 0 0-10 0v5zM${x - 2} ${y + 8}h4`,
	post: (x: number, y: number) => `M${x - 8} ${y - 8}h16v16h-16zM${x} ${y - 4}v8M${x - 4} ${y}h8`,
	grid: (x: number, y: number) => [-6, 0, 6].flatMap((dy) => [-6, 0, 6].map((dx) => `M${x + dx - 1} ${y + dy - 1}h2v2h-2z`)).join(''),
	search: (x: number, y: number) => `M${x - 2} ${y - 7}a5 5 0 1 0 .1 0M${x + 2} ${y + 2}l5 5`,
};
export type IconName = keyof typeof ICONS;
export function Icon({ name, x, y }: { name: IconName; x: number; y: number }) {
	return <path class="ic" d={ICONS[name](x, y)} />;
}

/** A chevron pointing right: "this row opens a page". */
export const Chevron = ({ x, y }: { x: number; y: number }) => <path class="ic" d={`M${x - 3} ${y - 6}l6 6-6 6`} />;
