// Starlight with its defaults: only the required title. `npm run bench` writes the page it builds.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [starlight({ title: 'LinkedIn AI Training Opt-Out Guide' })],
});
