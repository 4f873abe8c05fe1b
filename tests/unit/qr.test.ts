import { describe, expect, test } from 'vitest';
import { MAX_SIZE, QUIET_ZONE, qrCode } from '../../src/lib/qr';

const attribute = (svg: string, name: string) => new RegExp(`<svg[^>]* ${name}="([^"]+)"`).exec(svg)?.[1];

describe('a guide page’s QR code', () => {
	test('a short address gets 4 px per module: 29 modules (version 3) and the quiet zone make 148 px', () => {
		const { svg, size } = qrCode('http://localhost:4321/guide/uk/ios/');
		expect(size).toBe(148);
		expect(attribute(svg, 'viewBox')).toBe(`-${QUIET_ZONE} -${QUIET_ZONE} 37 37`);
		expect([attribute(svg, 'width'), attribute(svg, 'height')]).toEqual(['148', '148']);
	});

	test('a longer one takes the largest whole number of pixels per module that stays within MAX_SIZE', () => {
		const { svg, size } = qrCode('https://example.org/fr/guide/switzerland/mobile-web/');
		const modules = Number(attribute(svg, 'viewBox')?.split(' ')[2]);
		expect(size % modules).toBe(0);
		expect(size).toBeLessThanOrEqual(MAX_SIZE);
		expect(size + modules).toBeGreaterThan(MAX_SIZE);
	});

	test('a very long address still gets 2 px per module rather than blurring', () => {
		const { svg, size } = qrCode(`https://example.org/${'x'.repeat(300)}/`);
		const modules = Number(attribute(svg, 'viewBox')?.split(' ')[2]);
		expect(size).toBe(modules * 2);
	});

	test('black on a white plate that covers the quiet zone, crisp edges, and nothing that could run or be styled', () => {
		const { svg } = qrCode('http://localhost:4321/de/guide/eu-eea/android/');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toMatch(/<rect x="-4" y="-4" width="(\d+)" height="\1" fill="#fff">/);
		expect(svg).toMatch(/<path d="M[^"]+" fill="#000">/);
		expect(attribute(svg, 'shape-rendering')).toBe('crispedges');
		expect(svg).not.toMatch(/<script|<style|style=|\son\w+=|href/i);
	});

	test('the same address always gives the same file, and another address another code', () => {
		const a = 'http://localhost:4321/guide/canada/desktop/';
		expect(qrCode(a).svg).toBe(qrCode(a).svg);
		expect(qrCode(a).svg).not.toBe(qrCode('http://localhost:4321/fr/guide/canada/desktop/').svg);
	});
});
