/** The drawings' sizes: widths, font sizes and row heights, for the desktop and the phones. */
import type { Device } from './types';

/** Sizes, in the drawing's own units, of one kind of device. */
export interface Metrics {
	width: number;
	/** Row labels. */
	text: number;
	/** The smallest text: status bar, address bar, state words. */
	small: number;
	heading: number;
	title: number;
	/** Height of a one-line row. */
	row: number;
}

/**
 * Widths and font sizes. Pictures are shown at most 448 px (desktop) and 288 px (phone) wide and may shrink
 * to 320 px on a phone; at 320 px the smallest text is `small × 320 / width` px: 12.4 on desktop and 14 on a
 * phone (12.6 at a phone's 288 px). tests/unit/screens/content.test.ts checks every text of every screen.
 */
export const METRICS: Record<'desktop' | 'phone', Metrics> = {
	desktop: { width: 440, text: 17, small: 17, heading: 18, title: 20, row: 42 },
	phone: { width: 320, text: 16, small: 14, heading: 17, title: 19, row: 48 },
};
export const metricsOf = (device: Device): Metrics => METRICS[device === 'desktop' ? 'desktop' : 'phone'];
