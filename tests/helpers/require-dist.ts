import { existsSync } from 'node:fs';
import { DIST } from './paths';

/** The build and browser tests check the real output; say how to make it rather than failing obscurely. */
export default function requireDist(): void {
	if (!existsSync(`${DIST}/index.html`)) {
		throw new Error(`No built site in ${DIST}. Run "npm test" (which builds first) or "npm run build".`);
	}
}
