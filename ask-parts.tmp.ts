import { ClaimStore } from './src/store/index.ts';
import { loadSnapshot } from './src/search/index.ts';
const store = ClaimStore.open('/tmp/benchstores/100000');
const l = loadSnapshot('/tmp/prof/snap-100000', 'p', 1); if (!l.index) throw 0;
for (const q of ['trump', 'bakhmut', 'edward perez', 'families']) {
  const { hits } = l.index.search(q.split(' '), { limit: 400 });
  const ids = hits.map((h) => h.id);
  let t = performance.now(); let claims; for (let i = 0; i < 5; i++) claims = store.claimsByIds(ids); const a = (performance.now() - t) / 5;
  const arts = [...new Set(claims!.map((c) => c.articleId))];
  t = performance.now(); let rows; for (let i = 0; i < 5; i++) rows = store.stanceTextsIn(arts); const b = (performance.now() - t) / 5;
  const sp = [...new Set(claims!.map((c) => c.speakerId))];
  t = performance.now(); for (let i = 0; i < 5; i++) for (const s of sp) store.speaker(s); const c = (performance.now() - t) / 5;
  console.log(q, 'claimsByIds', a.toFixed(1), 'stanceTexts', b.toFixed(1), rows!.length, 'rows', 'speakers', c.toFixed(1), sp.length);
}
