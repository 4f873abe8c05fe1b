/**
 * Reading built HTML with a real parser (htmlparser2), and editing it in place: an edit replaces the exact
 * characters of one element or text node, so the rest of the page stays byte for byte as Astro wrote it.
 * Entities in attributes are decoded by the parser, never by hand.
 */
import type { ChildNode, Document, Element, Text } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { escapeAttribute } from 'entities';
import { parseDocument } from 'htmlparser2';

export type { Document, Element };

/** A page parsed with each node's position in the source, so it can be edited in place. */
export function parseHtml(html: string): Document {
	return parseDocument(html, { withStartIndices: true, withEndIndices: true });
}

/** Every element matching `test`, in document order. */
export function elements(root: Document | Element, test: (element: Element) => boolean): Element[] {
	return findAll(test, root.children);
}

/** Every element with this tag name. */
export const byTag = (root: Document | Element, name: string) => elements(root, (e) => e.name === name);

/** The element with this id, or undefined. */
export const byId = (root: Document | Element, id: string) => elements(root, (e) => e.attribs['id'] === id)[0];

/** The text inside an element (a <style> or <script> gives its code). */
export const textOf = (node: Element | ChildNode): string => textContent(node);

/** Every class name used in class attributes. */
export function classesIn(root: Document | Element): Set<string> {
	const found = new Set<string>();
	for (const element of elements(root, (e) => 'class' in e.attribs))
		for (const name of (element.attribs['class'] ?? '').split(/\s+/)) if (name) found.add(name);
	return found;
}

/** One replacement: the characters from `start` to `end` (exclusive) become `text`. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

/** The source range of a node: from its first character to just after its last. */
export function rangeOf(node: Element | Text): { start: number; end: number } {
	if (node.startIndex === null || node.endIndex === null) throw new Error('parse the page with parseHtml() to edit it in place');
	return { start: node.startIndex, end: node.endIndex + 1 };
}

/** Replaces what the text inside an element (a <style>'s rules) is; an empty element gets the text inserted after its start tag. */
export function replaceText(html: string, element: Element, text: string): Edit {
	const inner = element.children[0];
	if (inner && inner.type === 'text') return { ...rangeOf(inner as Text), text };
	// <style></style>: no text node, so the insertion point is just after the start tag's ">".
	const start = html.indexOf('>', element.startIndex ?? 0) + 1;
	return { start, end: start, text };
}

/** Applies edits that do not overlap, wherever they are in the page. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
	let out = html;
	for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}

/** An attribute value as it must be written inside double quotes. */
export const attribute = (value: string) => escapeAttribute(value);
