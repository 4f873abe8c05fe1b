/**
 * Reading and writing guide addresses. Everything a reader can put in a link (path, query, hash) goes
 * through here and comes back either as known ids or as a problem to explain; raw input is never returned
 * for display except as a short, plain-text excerpt.
 */

import type { GuideChoice } from './paths';

// Building addresses lives in paths.ts, which the island needs to render; this parser loads later.

export interface KnownIds {
	regions: readonly string[];
	platforms: readonly string[];
}

export type LinkProblem = { field: 'region' | 'platform'; excerpt: string };

export interface ParsedLink {
	choice: GuideChoice;
	problems: LinkProblem[];
}

/** Longest excerpt of unknown input shown back to the reader. */
const EXCERPT_LENGTH = 40;

/** A plain, bounded excerpt of untrusted input: control characters dropped, length capped. */
export function excerpt(raw: string): string {
	// eslint-disable-next-line no-control-regex
	const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return clean.length > EXCERPT_LENGTH ? `${clean.slice(0, EXCERPT_LENGTH - 1)}…` : clean;
}

function safeDecode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

function check(field: 'region' | 'platform', raw: string | null | undefined, known: readonly string[], out: ParsedLink): void {
	if (raw === null || raw === undefined || raw === '') return;
	const value = safeDecode(raw).trim().toLowerCase();
	if (known.includes(value)) out.choice[field] = value;
	else out.problems.push({ field, excerpt: excerpt(safeDecode(raw)) });
}

/**
 * Parses a path such as /guide/eu-eea/android/, /guide/uk/ or /guide/ios/. Paths outside /guide/ give an empty choice; a path under
 * /guide/ with unknown parts reports them.
 */
export function parseGuidePath(pathname: string, known: KnownIds): ParsedLink {
	const out: ParsedLink = { choice: {}, problems: [] };
	const parts = pathname.split('/').filter(Boolean);
	if (parts[0] !== 'guide') return out;
	// /guide/ios/ names only a device: the page that asks for the region.
	const only = parts.length === 2 ? safeDecode(parts[1]!).trim().toLowerCase() : undefined;
	if (only && known.platforms.includes(only)) {
		out.choice.platform = only;
		return out;
	}
	check('region', parts[1], known.regions, out);
	check('platform', parts[2], known.platforms, out);
	return out;
}

/**
 * Parses `?region=…&platform=…` or the same in a hash (`#region=…&platform=…`), the forms older shared
 * links and other sites may use.
 */
export function parseGuideParams(search: string, known: KnownIds): ParsedLink {
	const out: ParsedLink = { choice: {}, problems: [] };
	const params = new URLSearchParams(search.replace(/^[?#]/, ''));
	check('region', params.get('region'), known.regions, out);
	check('platform', params.get('platform'), known.platforms, out);
	return out;
}

/** Reads a whole location: the path wins, then the query, then the hash. */
export function parseLocation(location: { pathname: string; search: string; hash: string }, known: KnownIds): ParsedLink {
	const fromPath = parseGuidePath(location.pathname, known);
	const fromQuery = parseGuideParams(location.search, known);
	const fromHash = location.hash.includes('=') ? parseGuideParams(location.hash, known) : { choice: {}, problems: [] };
	return {
		choice: {
			region: fromPath.choice.region ?? fromQuery.choice.region ?? fromHash.choice.region,
			platform: fromPath.choice.platform ?? fromQuery.choice.platform ?? fromHash.choice.platform,
		},
		problems: [...fromPath.problems, ...fromQuery.problems, ...fromHash.problems],
	};
}
