import { describe, expect, test } from 'vitest';
import { lightMarkdown } from '../../src/lib/light-markdown';

describe('the Markdown of translated category texts', () => {
	test('paragraphs and links become data; anything else stays text', () => {
		expect(lightMarkdown('Eine Sammelklage wurde zurückgezogen ([ClassAction.org](/sources/p8/#claim-p8--x)).\n\nZweiter <b>Absatz</b>\nmit Umbruch.')).toEqual(
			[
				[{ text: 'Eine Sammelklage wurde zurückgezogen (' }, { text: 'ClassAction.org', href: '/sources/p8/#claim-p8--x' }, { text: ').' }],
				[{ text: 'Zweiter <b>Absatz</b> mit Umbruch.' }],
			],
		);
	});
});
