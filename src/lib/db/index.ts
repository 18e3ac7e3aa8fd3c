// lib/db: Factdeck's IndexedDB storage, the only module that touches IndexedDB.
//
// How a screen uses it:
//   const db = await openFactdeck();            // once per tab; onDatabaseEvent(...) for "reload" banners
//   await syncSetCards(db, set);                // before studying a set (and after regenerating it)
//   const queue = await loadReviewQueue(db);    // review mode; cardsInSetOrder/pickTestCards for a set
//   let session = startSession({ id, mode, queue: queue.cards.map((c) => c.id), now });
//   await saveSession(db, session);
//   // per answer: grade (lib/study) -> rating (lib/srs ratingForAnswer, or the flashcard button)
//   ({ session } = await recordAnswer(db, { cardId, rating, answer, correct, mode, durationMs, now, settings, session }));
//   ({ session } = await undoLastAnswer(db, { session }));   // the undo button
//   loadResumableSession(db, id) · loadHomeSummary(db) · loadProgress(db) · exportBackup / parseBackup / importBackup
// Every write is one strict-durability transaction; a full disk throws StorageFullError.
export * from './schema';
export * from './open';
export * from './errors';
export * from './cards';
export * from './reviews';
export * from './answers';
export * from './sessions';
export * from './customSets';
export * from './settings';
export * from './backup';
export * from './queries';
export * from './days';
export * from './storage';
export * from './stories';
export * from './drafts';
