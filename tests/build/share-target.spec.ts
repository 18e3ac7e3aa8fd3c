// Checks the built app: the manifest's share target is answered by the service worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDirs } from '../../scripts/build-dirs.js';

const BUILD = buildDirs().pages;

test('the manifest declares a POST share target that the service worker answers', async () => {
	const manifest = JSON.parse(await readFile(join(BUILD, 'manifest.webmanifest'), 'utf8'));
	assert.equal(manifest.share_target?.action, '/share-target');
	assert.equal(manifest.share_target?.method, 'POST');
	assert.equal(manifest.share_target?.enctype, 'multipart/form-data');
	const worker = await readFile(join(BUILD, 'sw.js'), 'utf8');
	assert.match(worker, /importScripts\("share-target\.js"\)/, 'sw.js imports the handler');
	assert.match(worker, /url:\s*"share-target\.js"/, 'the handler is precached');
	const handler = await readFile(join(BUILD, 'share-target.js'), 'utf8');
	assert.match(handler, new RegExp(`pathname !== SHARE_TARGET_ACTION`));
	assert.match(handler, /const SHARE_TARGET_ACTION = '\/share-target';/);
});
