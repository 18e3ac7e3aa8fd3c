// PouchDB ships no types of its own; Factdeck uses it through ReplicaDb (replica.ts), so the
// constructors are typed only as far as they are called.
declare module 'pouchdb-core' {
	interface PouchDBStatic {
		new (
			name: string,
			options?: Record<string, unknown>
		): import('./replica').ReplicaDb & {
			destroy(): Promise<unknown>;
			close(): Promise<unknown>;
		};
		plugin(plugin: unknown): PouchDBStatic;
		defaults(options: Record<string, unknown>): PouchDBStatic;
	}
	const PouchDB: PouchDBStatic;
	export default PouchDB;
}
declare module 'pouchdb-browser' {
	import PouchDB from 'pouchdb-core';
	export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-adapter-http' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-replication' {
	const plugin: unknown;
	export default plugin;
}
declare module 'express-pouchdb' {
	import type { RequestListener } from 'node:http';
	const expressPouchDB: (PouchDB: unknown, options?: Record<string, unknown>) => RequestListener;
	export default expressPouchDB;
}
