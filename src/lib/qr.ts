/**
 * A guide page's own address as a QR code, so a reader who found the guide on a computer can open the same
 * steps on their phone. Drawn at build time by lean-qr (MIT, no dependencies, typed, ESM, regularly
 * released; its SVG is one outline path on one rectangle). Compared with it: qrcode pulls in a command
 * line's dependencies (yargs, pngjs) and needs separate types; uqr is still 0.1 and draws one square per
 * module (about 10 KB); qrcode-generator's SVG draws one sub-path per module too (about 14 KB).
 */
import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

/** The light border scanners need around a code, in modules: four, as the QR standard asks. */
export const QUIET_ZONE = 4;
/** The largest side, in CSS pixels, for the picture beside the direct link. */
export const MAX_SIZE = 160;

export interface QrCode {
	/** A standalone SVG file: black modules on a white plate (which keeps it readable on a dark page), no styles, no scripts. */
	svg: string;
	/** Its side in CSS pixels, quiet zone included: a whole number of pixels per module, so every module is drawn crisp. */
	size: number;
}

export function qrCode(text: string): QrCode {
	// Medium error correction (15%) survives a screen's glare and a camera's blur; lean-qr raises it when the size allows.
	const code = generate(text, { minCorrectionLevel: correction.M });
	const modules = code.size + 2 * QUIET_ZONE;
	// At least 2 px per module, so a very long address still scans, though it then outgrows MAX_SIZE.
	const scale = Math.max(2, Math.floor(MAX_SIZE / modules));
	return { svg: toSvgSource(code, { on: '#000', off: '#fff', pad: QUIET_ZONE, scale }), size: modules * scale };
}
