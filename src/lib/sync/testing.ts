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

export interface GuardedCouch {
	/** The database's address (it exists, empty, when the server starts). */
	url: string;
	/** Stops answering (connections refused), as a server that is down. */
	stop(): Promise<void>;
	/** Answers again on the same port, with the same databases. */
	start(): Promise<void>;
	/** After this many more requests, drops every connection (a server dying mid-sync); undefined: never. */
	failAfter(requests: number | undefined): void;
	/**
	 * Crashes (then is stopped, as by `stop`) in the middle of the next request that `when` picks,
	 * by method and path: its work is done (a write is stored) but its answer never arrives, and
	 * no later request is answered. A server going down at a chosen step of a replication.
	 */
	crashDuring(when: (method: string, path: string) => boolean): void;
	/** The database, reached with the account (if any), as another client would. */
	open(): ReplicaDb;
	close(): Promise<void>;
}

/**
 * A CouchDB-compatible server as a browser app meets one: express-pouchdb on 127.0.0.1 behind
 * HTTP basic auth (one account) and CORS for one origin, as CouchDB's `[cors]` settings give.
 * Without `username` and `password` anyone may read and write it, as a class inbox (a database
 * with no members) is.
 */
export async function startGuardedCouch(options: {
	origin: string;
	username?: string;
	password?: string;
	database: string;
}): Promise<GuardedCouch> {
	const ServerPouch = Pouch.defaults({ adapter: 'memory', prefix: `guarded-${process.pid}-` });
	const couch = expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' });
	const { username, password } = options;
	const account = username !== undefined && password !== undefined ? { username, password } : null;
	const expected = account
		? `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`
		: undefined;
	let budget: number | undefined;
	let crashWhen: ((method: string, path: string) => boolean) | undefined;
	let crashing = false;
	const server: Server = createServer((request, response) => {
		// Crashing: no request after the chosen one is answered, even on a connection already open.
		if (crashing || (budget !== undefined && budget-- <= 0)) {
			request.socket.destroy();
			return;
		}
		if (request.headers.origin === options.origin) {
			response.setHeader('Access-Control-Allow-Origin', options.origin);
			response.setHeader('Access-Control-Allow-Credentials', 'true');
			response.setHeader('Vary', 'Origin');
		}
		if (request.method === 'OPTIONS') {
			response.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
			response.setHeader(
				'Access-Control-Allow-Headers',
				'accept, authorization, content-type, origin, referer'
			);
			response.writeHead(204).end();
			return;
		}
		if (expected !== undefined && request.headers.authorization !== expected) {
			response
				.writeHead(401, { 'Content-Type': 'application/json' })
				.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
			return;
		}
		if (crashWhen?.(request.method ?? '', request.url ?? '')) {
			crashWhen = undefined;
			crashing = true;
			// The answer is ready, so the work is done: the connection drops instead.
			response.end = (() => {
				request.socket.destroy();
				void stop().finally(() => (crashing = false));
				return response;
			}) as typeof response.end;
		}
		couch(request, response);
	});
	let port = 0;
	const start = async () => {
		if (server.listening) return;
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		const address = server.address();
		if (!address || typeof address === 'string') throw new Error('The test server has no port');
		port = address.port;
	};
	const stop = async () => {
		if (!server.listening) return;
		server.closeAllConnections();
		await new Promise<void>((resolve, reject) =>
			server.close((error) => (error ? reject(error) : resolve()))
		);
	};
	await start();
	const url = `http://127.0.0.1:${port}/${options.database}`;
	const made = await fetch(url, {
		method: 'PUT',
		headers: expected === undefined ? {} : { authorization: expected }
	});
	if (!made.ok) throw new Error(`The test server did not make ${url}: ${made.status}`);
	return {
		url,
		start,
		stop,
		close: stop,
		failAfter: (requests) => (budget = requests),
		crashDuring: (when) => (crashWhen = when),
		open: () => new Pouch(url, account ? { adapter: 'http', auth: account } : { adapter: 'http' })
	};
}
