// Entry of the extraction thread. The sources are TypeScript run through tsx; a worker does not
// inherit a loader registered programmatically (bin/claimdesk.mjs), so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
