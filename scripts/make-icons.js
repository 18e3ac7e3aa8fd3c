// Renders static/favicon.svg to the PNG icons the web app manifest names.
// Run by hand when the icon changes: node scripts/make-icons.js
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const svg = await readFile(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const icons = [
	{ file: 'icon-192.png', size: 192, inset: 0 },
	{ file: 'icon-512.png', size: 512, inset: 0 },
	// Maskable icons keep their content inside the central 80 % safe zone.
	{ file: 'maskable-512.png', size: 512, inset: 0.12 }
];
for (const { file, size, inset } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const pad = Math.round(size * inset);
	await page.setContent(
		`<body style="margin:0;background:#1d4ed8;width:${size}px;height:${size}px">` +
			`<div style="padding:${pad}px">${svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`
	);
	await page.screenshot({
		path: new URL(`../static/icons/${file}`, import.meta.url).pathname,
		omitBackground: inset === 0
	});
	await page.close();
}
await browser.close();
