// Test helpers, not used by the app: a CouchDB-compatible server on 127.0.0.1 (express-pouchdb
// over in-memory PouchDB), or the real CouchDB named by COUCHDB_URL, and in-memory replicas.
import { createServer, type Server } from 'node:http';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';
import type { ReplicaDb } from './replica';

const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
let unique = 0;

/** A device's replica, in memory. */
export function memoryReplica(name = `device-${++unique}`) {
	return new Pouch(`${name}-${process.pid}-${Date.now()}`, { adapter: 'memory' });
}

export interface TestCouch {
	/** A database URL on the server, new for each call. */
	database(name: string): string;
	/** Deletes the databases made and stops a server started here. */
	close(): Promise<void>;
	/** The server's database handle, to read or write as another CouchDB client would. */
	open(url: string): ReplicaDb;
	kind: 'couchdb' | 'express-pouchdb';
}

/** COUCHDB_URL (e.g. http://admin:secret@127.0.0.1:5984) when set, else a local express-pouchdb. */
export async function startTestCouch(): Promise<TestCouch> {
	const made: string[] = [];
	const open = (url: string) => new Pouch(url, { adapter: 'http' });
	const database = (base: string) => (name: string) => {
		const url = `${base.replace(/\/$/, '')}/factdeck-test-${name}-${process.pid}-${++unique}`;
		made.push(url);
		return url;
	};
	const dropAll = async () => {
		for (const url of made.splice(0))
			await open(url)
				.destroy()
				.catch(() => {});
	};
	const external = process.env.COUCHDB_URL;
	if (external) {
		return { kind: 'couchdb', database: database(external), open, close: dropAll };
	}
	const ServerPouch = Pouch.defaults({ adapter: 'memory' });
	const server: Server = createServer(expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' }));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The test server has no port');
	return {
		kind: 'express-pouchdb',
		database: database(`http://127.0.0.1:${address.port}`),
		open,
		close: async () => {
			await dropAll();
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) =>
				server.close((error) => (error ? reject(error) : resolve()))
			);
		}
	};
}
