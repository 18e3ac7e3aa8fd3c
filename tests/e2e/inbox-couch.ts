// A class inbox as a browser app meets one: express-pouchdb (in-memory) on 127.0.0.1 with one
// database anyone may add documents to, and CORS for the app's origin, as CouchDB's `[cors]`
// settings give. Unlike the sync server (src/lib/sync/testing.ts, startGuardedCouch), it asks for
// no account: students write to an inbox without one.
import { createServer, type Server } from 'node:http';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

export interface InboxCouch {
	/** The inbox database's address (it exists, empty, when the server starts). */
	url: string;
	/** Every document in the inbox, read as any other client of the server would. */
	documents(): Promise<Record<string, unknown>[]>;
	/** Adds a document as any client may. */
	add(doc: object): Promise<void>;
	close(): Promise<void>;
}

export async function startInboxCouch(options: {
	origin: string;
	database: string;
}): Promise<InboxCouch> {
	const ServerPouch = PouchDB.plugin(memoryAdapter).defaults({
		adapter: 'memory',
		prefix: `inbox-${process.pid}-`
	});
	const couch = expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' });
	const server: Server = createServer((request, response) => {
		if (request.headers.origin === options.origin) {
			response.setHeader('Access-Control-Allow-Origin', options.origin);
			response.setHeader('Vary', 'Origin');
		}
		if (request.method === 'OPTIONS') {
			response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD');
			response.setHeader('Access-Control-Allow-Headers', 'accept, content-type');
			response.writeHead(204).end();
			return;
		}
		couch(request, response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The inbox server has no port');
	const url = `http://127.0.0.1:${address.port}/${options.database}`;
	const made = await fetch(url, { method: 'PUT' });
	if (!made.ok) throw new Error(`The inbox server did not make ${url}: ${made.status}`);
	return {
		url,
		async documents() {
			const all = (await (await fetch(`${url}/_all_docs?include_docs=true`)).json()) as {
				rows: { doc: Record<string, unknown> }[];
			};
			return all.rows.map((row) => row.doc);
		},
		async add(doc) {
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(doc)
			});
			if (!response.ok) throw new Error(`The inbox server refused a document: ${response.status}`);
		},
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) =>
				server.close((error) => (error ? reject(error) : resolve()))
			);
		}
	};
}
