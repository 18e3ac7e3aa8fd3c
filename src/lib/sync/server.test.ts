import { describe, expect, test } from 'vitest';
import {
	checkSyncServer,
	REFUSED_LOGIN,
	replicationError,
	syncErrorMessage,
	UNREACHABLE
} from './server';

const fields = {
	address: 'https://Couch.Example.org/factdeck-anna/',
	username: 'anna',
	password: 's3cret'
};

describe('checkSyncServer', () => {
	test('normalises an https database address and keeps the account', () => {
		expect(checkSyncServer(fields)).toEqual({
			ok: true,
			value: {
				address: 'https://couch.example.org/factdeck-anna',
				username: 'anna',
				password: 's3cret'
			}
		});
	});

	test('accepts http only on this computer', () => {
		expect(checkSyncServer({ ...fields, address: 'http://127.0.0.1:5984/sync' }).ok).toBe(true);
		expect(checkSyncServer({ ...fields, address: 'http://localhost:5984/sync' }).ok).toBe(true);
		const plain = checkSyncServer({ ...fields, address: 'http://couch.example.org/sync' });
		expect(plain).toEqual({ ok: false, error: expect.stringMatching(/https:\/\//) });
	});

	test('refuses a password in the address, a missing database name, empty fields', () => {
		const inAddress = checkSyncServer({
			...fields,
			address: 'https://anna:pw@couch.example.org/db'
		});
		expect(inAddress).toEqual({ ok: false, error: expect.stringMatching(/their own fields/) });
		const noDb = checkSyncServer({ ...fields, address: 'https://couch.example.org/' });
		expect(noDb).toEqual({ ok: false, error: expect.stringMatching(/database’s name/) });
		expect(checkSyncServer({ ...fields, address: 'not an address' }).ok).toBe(false);
		expect(checkSyncServer({ ...fields, username: '  ' })).toEqual({
			ok: false,
			error: 'Type the user name of your account on that server.'
		});
		expect(checkSyncServer({ ...fields, password: '' })).toEqual({
			ok: false,
			error: 'Type the password of that account.'
		});
	});
});

describe('syncErrorMessage', () => {
	test('a refused login, a server down and offline in plain words', () => {
		expect(syncErrorMessage({ status: 401, name: 'unauthorized' }, true)).toBe(REFUSED_LOGIN);
		expect(syncErrorMessage(new TypeError('Failed to fetch'), true)).toBe(UNREACHABLE);
		expect(syncErrorMessage({ status: 401 }, false)).toBe(UNREACHABLE);
		// A browser's fetch failure, however PouchDB passes it on, has no status.
		expect(syncErrorMessage(replicationError(new Error('Failed to fetch')), true)).toBe(
			UNREACHABLE
		);
		const refused = { status: 401, name: 'unauthorized' };
		expect(replicationError(refused)).toBe(refused);
	});

	test('a full server, a missing database, other server errors', () => {
		expect(syncErrorMessage({ status: 413 }, true)).toMatch(/full or refused the data/);
		expect(syncErrorMessage({ status: 500, reason: 'no space left on device' }, true)).toMatch(
			/full/
		);
		expect(syncErrorMessage({ status: 404 }, true)).toMatch(/no database at this address/);
		expect(syncErrorMessage({ status: 403 }, true)).toMatch(/does not let it use this database/);
		expect(syncErrorMessage({ status: 502 }, true)).toMatch(/error 502.*wait here/);
		expect(syncErrorMessage({ status: 409, reason: 'conflict' }, true)).toMatch(
			/error 409: conflict/
		);
	});

	test('an error of this device says itself', () => {
		expect(syncErrorMessage(new Error('Storage is full.'), true)).toBe('Storage is full.');
	});
});
