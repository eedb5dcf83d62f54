// Word lists the attribution rules rest on. They describe English news style in general, not
// any one article: reporting verbs, the nouns that name a channel, titles before names.

/** Lemmas of verbs that report speech or writing. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'write', 'state', 'declare', 'insist', 'deny', 'concede', 'acknowledge',
  'admit', 'assert', 'claim', 'note', 'warn', 'argue', 'explain', 'announce', 'plead', 'call',
  'describe', 'confirm', 'report', 'tweet', 'post', 'urge', 'suggest', 'recall', 'respond', 'reply',
  'stress', 'emphasize', 'emphasise', 'maintain', 'allege', 'predict', 'promise', 'vow', 'pledge',
  'reiterate', 'affirm', 'contend', 'counter', 'complain', 'boast', 'remark', 'comment', 'observe',
  'testify', 'disclose', 'reveal', 'caution', 'quip', 'joke', 'scoff', 'agree', 'ask', 'continue',
  'propose', 'proclaim', 'retort', 'lament', 'concur', 'charge', 'indicate', 'estimate', 'mention',
  'inform', 'assure', 'remind', 'repeat', 'answer', 'shout', 'exclaim', 'conclude', 'predict', 'cite',
  'clarify', 'speculate', 'recount', 'hint', 'specify', 'assess', 'find', 'dismiss', 'reject', 'rule', 'recommend',
  'label', 'brand', 'term', 'dub', 'accuse', 'blame', 'slam', 'condemn', 'criticize', 'criticise', 'denounce',
  'threaten', 'demand', 'signal', 'read', 'doubt', 'show', 'project', 'forecast',
  // (Formal reporting verbs of West African and South Asian English-language papers: "averred",
  // "opined"; and of courts: "submitted that …".)
  'aver', 'opine', 'submit',
  // (Disagreement or concession with a that-clause: "disputed that the phase-in was a real offer",
  // "accepted that the gambling disorder was real".)
  'dispute', 'accept',
  // (A record telling what happened: "the log records that the patrol vessel reached the boat …".)
  'record',
  // (Tabloid and showbiz verbs, beside a quotation only: "one villager fumed: “…”", "“…,” she gushed".)
  'fume', 'rage', 'blast', 'gush', 'rave', 'sob', 'beam', 'snap', 'sigh', 'laugh',
]);

/** Verbs of commitment, whose claim may be an infinitive: "vowed to hold the city". */
export const COMMITMENT_VERBS = new Set(['vow', 'promise', 'pledge', 'threaten']);

/** Verbs that report a claim only as "V X as Y" ("dismissed the allegations as a smear", "slammed
 * the decision as shameful"); "rejected her account" and "condemned the attack" say nothing of
 * their own. */
export const AS_ONLY_VERBS = new Set(['dismiss', 'reject', 'slam', 'condemn', 'criticize', 'criticise', 'denounce']);

/** Verbs that report a claim only with a that-clause ("clarified that …", not "clarified the matter";
 * "the study found that …", not "police found a gun"). */
export const THAT_ONLY_VERBS = new Set(['clarify', 'speculate', 'recount', 'hint', 'specify', 'assess', 'find', 'demand', 'signal', 'project', 'forecast', 'rule', 'recommend', 'submit', 'record', 'dispute', 'accept']);

/** Verbs that report only the clause after them, with "that" opening a clause, not a determiner
 * ("disputed that characterization", "accepted that offer"), and never a quotation before them. */
export const CLAUSE_ONLY_VERBS = new Set(['dispute', 'accept']);

/** Verbs that only report speech when they introduce or follow a quotation ("continued: “…”"). */
export const QUOTE_ONLY_VERBS = new Set(['continue', 'answer', 'conclude', 'repeat', 'ask', 'agree', 'charge', 'indicate', 'mention', 'comment', 'remark', 'read', 'fume', 'rage', 'blast', 'gush', 'rave', 'sob', 'beam', 'snap', 'sigh', 'laugh']);

/** Verbs whose object is the person told, not the claim ("told Reuters that …"). */
export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'ask', 'caution']);

/** Verbs whose content is an object plus a complement ("called the claim “a funny fake”"). */
export const COMPLEMENT_VERBS = new Set(['call', 'describe', 'declare', 'deny', 'confirm', 'announce', 'predict', 'urge', 'reveal', 'cite', 'dismiss', 'reject', 'label', 'brand', 'term', 'dub', 'accuse', 'blame', 'slam', 'condemn', 'criticize', 'criticise', 'denounce']);

/** Verbs that name something ("called the plan a disgrace", "labelled the attack terrorism"):
 * a claim only with a complement after the object. */
export const NAMING_VERBS = new Set(['call', 'label', 'brand', 'term', 'dub']);

/** "released a statement", "issued a statement": attribution without a verb of saying. */
export const STATEMENT_VERBS = new Set(['release', 'issue', 'publish', 'put', 'post', 'give', 'express', 'voice']);
/** What is expressed or voiced with a that-clause: "expressed concern that …", "voiced hope that …". */
export const FEELING_NOUNS = new Set(['concern', 'concerns', 'hope', 'hopes', 'confidence', 'fear', 'fears', 'doubt', 'doubts', 'regret', 'frustration', 'optimism', 'belief', 'worry', 'worries', 'alarm', 'dismay', 'surprise']);
export const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'update', 'message', 'address', 'briefing', 'interview', 'post', 'tweet', 'video']);

/** What a body issues and speaks through: "a statement from the ministry", "the readout said". */
export const ISSUED_NOUN = /^(?:statement|communiqu[eé]|readout)$/i;

/** Nouns that carry a claim: "claims by Russian forces that …", "Moscow's assertion that …". */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'statement', 'insistence', 'warning', 'denial', 'announcement', 'admission', 'suggestion', 'argument']);

/** Platforms a statement is made on. */
export const PLATFORMS = new Map(
  [
    'Telegram', 'Twitter', 'X', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'Truth Social', 'Weibo',
    'VKontakte', 'WhatsApp', 'LinkedIn', 'Threads', 'Bluesky', 'Mastodon', 'Reddit', 'Snapchat', 'Substack',
  ].map((p) => [p.toLowerCase(), p]),
);

/** Nouns naming the vehicle of a statement ("in a video", "in his nightly address"). */
export const MEDIUM_NOUNS = new Set([
  'video', 'statement', 'post', 'interview', 'address', 'briefing', 'conference', 'update', 'tweet',
  'message', 'speech', 'letter', 'op-ed', 'blog', 'podcast', 'broadcast', 'assessment', 'report',
  'release', 'remarks', 'appearance', 'hearing', 'rally', 'email', 'e-mail', 'call', 'meeting',
  'testimony', 'column', 'essay', 'memo', 'filing', 'filings', 'documents', 'paper', 'papers', 'article', 'book', 'documentary', 'clip', 'recording', 'footage',
  'show', 'program', 'programme', 'radio', 'television', 'tv', 'newspaper', 'magazine', 'event', 'summit',
  'session', 'debate', 'telecast', 'livestream', 'stream', 'note', 'notice', 'communique', 'comments', 'media', 'survey', 'study', 'poll',
  'advisory', 'bulletin', 'circular', 'communiqué',
]);

/** Forms of address in English-language news outside the US and UK, neither name nor role:
 * "Alhaji Musa Danjuma", "Engr. Adewale Oyerinde", "Hon. Ikenna Obiora", "Comrade Solomon Ekpo". */
export const FORMS_OF_ADDRESS = ['alhaji', 'alhaja', 'mallam', 'engr', 'hon', 'comrade', 'sayyid'];

/** How the people quoted were reached: "Residents reached by telephone", "economists polled by Reuters". */
export const REACHED_BY = /^(reached|contacted|interviewed|surveyed|polled|quoted|approached)$/i;

/** Title words that may stand before a name and are not part of it. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'defense', 'defence', 'foreign', 'interior',
  'finance', 'secretary', 'general', 'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'maj', 'maj.', 'adm', 'adm.',
  'sgt', 'sgt.', 'capt', 'capt.', 'commander', 'chief', 'chairman', 'chairwoman', 'chair', 'director',
  'governor', 'gov', 'gov.', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman',
  'congresswoman', 'mayor', 'judge', 'justice', 'attorney', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor',
  'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'rev.', 'father',
  'sheikh', 'emir', 'chancellor', 'speaker', 'leader', 'head', 'founder', 'ceo', 'cfo', 'coach', 'cllr', 'councillor', 'councilmember', 'councilwoman', 'councilman',
  'candidate', 'nominee', 'chancellor', 'officer', 'inspector', 'commissioner', 'adviser', 'advisor',
  'analyst', 'expert', 'economist', 'pollster', 'strategist', 'anchor', 'host', 'correspondent',
  'reporter', 'editor', 'author', 'activist', 'lawmaker', 'official', 'state', 'staff', 'joint',
  'chiefs', 'of', 'the', 'army', 'military', 'ground', 'forces', 'national', 'security', 'democratic',
  'republican', 'u.s.', 'us', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'nato', 'former', 'acting', 'interim',
  'senior', 'top', 'assistant', 'associate', 'executive', 'managing', 'press', 'white', 'house',
  'campaign', 'manager', 'presidential', 'majority', 'minority', 'whip', 'party', 'chairperson',
  'attorney-general', 'health', 'education', 'justice', 'economy', 'trade', 'energy', 'communications',
  // Military ranks, written out: "Rear Admiral Daniel Hagari", "Brigadier General …".
  'admiral', 'rear', 'colonel', 'lieutenant', 'major', 'brigadier', 'marshal', 'sergeant', 'corporal',
  'captain', 'co-author',
  // Forms of address: "Alhaji Musa Danjuma", "Engr. Adewale Oyerinde", "Comrade Solomon Ekpo".
  ...FORMS_OF_ADDRESS, 'engr.', 'hon.',
  // Offices of states, courts and churches: "Victorian Premier Caroline Ashby", "Sheriff …".
  'premier', 'treasurer', 'sheriff', 'prosecutor', 'envoy', 'councillor', 'councilor', 'auditor',
  'auditor-general', 'ombudsman', 'superintendent', 'archbishop', 'bishop', 'cardinal',
  // (A councillor as Australian and New Zealand papers write it: "Cr Lancini acknowledged …".)
  'cr', 'cr.',
]);

/** Honorifics dropped when matching a short mention to a full name. */
export const HONORIFICS = /^(mr|mrs|ms|miss|dr|prof|sir|dame|gen|lt|col|maj|adm|sgt|capt|gov|sen|rep|rev|president|minister|general|senator|governor|judge)\.?$/i;

/** Words that end a sports club's name: "Harwick Albion said in a club statement", "Blackburn Rovers". */
export const CLUB_WORDS = ['albion', 'rovers', 'wanderers', 'hotspur', 'rangers', 'athletic', 'fc', 'afc', 'city', 'united'];

/** Words that end a company's name: "Nordvik Motors", "Alder Holdings plc", "Halvern Pharmaceuticals". */
export const COMPANY_WORDS = [
  'motors', 'airlines', 'airways', 'industries', 'holdings', 'systems', 'technologies', 'labs',
  'pharmaceuticals', 'partners', 'ventures', 'enterprises', 'co', 'co.', 'corp', 'corp.', 'plc', 'ag', 'gmbh',
  'maritime', 'shipping', 'logistics', 'energy', 'petroleum', 'mining', 'resources', 'securities', 'investments',
  'capital', 'insurance', 'telecom', 'telecommunications', 'foods', 'brands', 'solutions', 'networks', 'semiconductor',
  'homes', 'stores', 'hotels', 'resorts', 'studios', 'pictures', 'media', 'appliances', 'electronics', 'products',
  'therapeutics', 'biosciences', 'dynamics', 'communications', 'chemicals', 'minerals', 'metals', 'properties',
  'robotics', 'aerospace', 'automotive', 'pharma', 'software', 'games', 'entertainment', 'outfitters',
  // (A shipping or bus line: "Nordvast Line", "Harbour Lines".)
  'line', 'lines',
];

/** Words that make a name an organisation. */
export const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'office', 'staff', 'institute', 'agency', 'council', 'committee', 'commission',
  'party', 'group', 'forces', 'force', 'army', 'navy', 'command', 'government', 'administration',
  'kremlin', 'pentagon', 'parliament', 'congress', 'senate', 'court', 'university', 'center', 'centre', 'centers', 'centres',
  'foundation', 'association', 'union', 'bank', 'company', 'corporation', 'inc', 'inc.', 'ltd', 'llc',
  'campaign', 'police', 'service', 'services', 'guard', 'guards', 'bureau', 'board', 'authority',
  'authorities', 'news', 'times', 'post', 'journal', 'press', 'reuters', 'tass', 'ria', 'bbc', 'cnn',
  'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'network', 'channel', 'tv', 'television', 'broadcaster', 'radio', 'newspaper', 'magazine',
  'newsweek', 'euronews', 'caucus', 'coalition', 'alliance', 'organization', 'organisation', 'nato',
  'un', 'eu', 'who', 'white house', 'think tank', 'embassy', 'consulate', 'mission', 'directorate', 'intelligence',
  'military', 'fund', 'club', 'team', 'league', 'federation', 'society', 'school', 'hospital',
  'poll', 'survey', 'study', 'report', 'analysis', 'research', 'consulting', 'llp', 'firm', 'media',
  'memo', 'memorandum', 'assessment', 'document', 'dossier', 'cable', 'draft',
  'college', 'academy', 'chamber', 'museum', 'church', 'library', 'clinic',
  'confederation', 'guild', 'syndicate', 'cooperative', 'consortium', 'community',
  'project', 'collective', 'initiative', 'movement', 'trust',
  ...CLUB_WORDS,
  ...COMPANY_WORDS,
]);

/** Plural or collective nouns naming a group of speakers ("officials", "local commanders"). */
export const GROUP_NOUNS = new Set([
  'officials', 'commanders', 'sources', 'analysts', 'experts', 'residents', 'witnesses', 'lawmakers',
  'legislators', 'senators', 'diplomats', 'prosecutors', 'investigators', 'researchers', 'scientists',
  'doctors', 'critics', 'supporters', 'observers', 'aides', 'advisers', 'advisors', 'leaders', 'members',
  'people', 'voters', 'soldiers', 'troops', 'forces', 'guards', 'police', 'authorities', 'activists',
  'protesters', 'demonstrators', 'organizers', 'organisers', 'democrats', 'republicans', 'economists', 'historians',
  'bloggers', 'journalists', 'reporters', 'militaries', 'allies', 'rebels', 'fighters', 'mercenaries',
  'spokespeople', 'representatives', 'students', 'workers', 'executives', 'staffers', 'pollsters',
  'strategists', 'insiders', 'polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'data',
  'medics', 'paramedics', 'rescuers', 'firefighters', 'volunteers', 'nurses', 'villagers', 'survivors',
  'relatives', 'families', 'teachers', 'lawyers', 'negotiators', 'mediators', 'inspectors', 'monitors',
  'epidemiologists', 'physicians', 'farmers', 'shopkeepers', 'locals', 'neighbours', 'neighbors', 'parents', 'patients',
  'campaigners', 'councillors', 'councilors', 'trustees', 'owners', 'tenants', 'commuters', 'passengers', 'rescuers',
  // Bodies in the plural speak as a group too: "Unions said", "Rights groups said". (Not "banks":
  // "Tyler Banks" is a surname first.)
  'unions', 'groups', 'companies', 'firms', 'businesses', 'employers', 'charities', 'hospitals', 'schools', 'agencies',
  'airlines', 'retailers', 'landlords', 'insurers', 'manufacturers', 'regulators', 'donors', 'customers', 'consumers',
]);

/** Nouns for a role that points at one person ("the head of the group", "Ukraine's defense minister"). */
export const ROLE_NOUNS = new Set([
  'head', 'leader', 'chief', 'founder', 'boss', 'commander', 'minister', 'president', 'spokesperson',
  'spokesman', 'spokeswoman', 'director', 'chairman', 'chairwoman', 'secretary', 'governor', 'mayor',
  'ambassador', 'general', 'premier', 'chancellor', 'owner', 'ceo', 'adviser', 'advisor', 'candidate',
  'nominee', 'senator', 'official', 'officer', 'prosecutor', 'judge', 'envoy', 'negotiator',
  'attorney', 'lawyer',
]);

/** Whether a lower-case noun names a person by what they do: "official", "engineer", "spokeswoman". */
export function namesAPerson(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || PERSON_NOUNS.has(lower) || /(?:er|or|ist|ian|ant|man|woman|person|ee)$/.test(lower);
}

/** Whether a lower-case noun names people in the plural: a group noun ("officials", "residents")
 * or the plural of a noun for a person ("ranchers", "players"). */
export function namesPeople(lower: string): boolean {
  return GROUP_NOUNS.has(lower) || (/^\p{L}+s$/u.test(lower) && !lower.endsWith('ss') && namesAPerson(lower.slice(0, -1)));
}

/** People nouns the suffixes above miss. */
const PERSON_NOUNS = new Set([
  'source', 'aide', 'expert', 'witness', 'resident', 'insider', 'staffer', 'veteran', 'student', 'colleague',
  'friend', 'relative', 'victim', 'survivor', 'parent', 'nurse', 'attorney', 'diplomat', 'analyst', 'lawmaker',
  'delegate', 'candidate', 'nominee', 'activist', 'scientist', 'academic', 'guard', 'pilot', 'soldier', 'cop', 'lady', 'executive',
  'lead', 'chair', 'coach', 'captain', 'son', 'wife', 'husband', 'widow', 'niece', 'nephew', 'cousin', 'child', 'uncle',
  'aunt', 'grandson', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'paramedic', 'medic', 'mechanic', 'cleric', 'critic',
  // ("A rep for Marlowe", "his agent": who speaks for a star.)
  'rep', 'agent', 'pal', 'mate',
  // ("Standing counsel for the DPCC, Ritu Malhotra", "Advocate Nikhil Saxena": who speaks in court.)
  'counsel', 'advocate',
  // ("The senior warden in charge of Tsavo East, Patrick Kiprono,": offices with no agent ending.)
  'warden', 'principal', 'clerk', 'dean', 'registrar', 'bursar', 'magistrate', 'superintendent', 'correspondent', 'deputy',
  // ("A chieftain of the ADC", as Nigerian papers call a party grandee.)
  'chieftain',
]);

/** Leader-like role nouns are interchangeable when matching a role to a person. */
export const LEADER_NOUNS = new Set(['head', 'leader', 'chief', 'founder', 'boss', 'owner', 'chairman', 'chairwoman', 'director', 'ceo']);

/** Role nouns that name the same job: "the family's attorney" is "a lawyer representing the family". */
export const SAME_JOB: Record<string, string> = { attorney: 'lawyer', spokesman: 'spokesperson', spokeswoman: 'spokesperson', justice: 'judge' };

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);

/** Adverbs and auxiliaries that stand between a subject and its verb. */
export const VERB_MODIFIERS = new Set([
  'also', 'previously', 'later', 'earlier', 'then', 'again', 'repeatedly', 'swiftly', 'quickly',
  'publicly', 'privately', 'recently', 'reportedly', 'allegedly', 'once', 'often', 'long', 'never',
  'still', 'just', 'already', 'had', 'has', 'have', 'did', 'does', 'do', 'would', 'will', 'could',
  'might', 'may', 'can', 'should', 'must', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not',
  "n't", 'further', 'separately', 'subsequently', 'similarly', 'initially', 'first', 'explicitly',
  'flatly', 'firmly', 'strongly', 'openly', 'angrily', 'bluntly', 'simply', 'even', 'however', 'too',
  'only', 'ever', 'specifically', 'directly', 'categorically', 'officially', 'formally', 'correctly',
  'falsely', 'wrongly', 'accurately', 'frequently', 'routinely', 'consistently', 'emphatically',
]);

/** Words that start a clause after a comma and so end the content of a claim before them. */
export const CLAUSE_BREAKS = new Set(['though', 'although', 'but', 'while', 'whereas', 'as', 'since', 'after', 'before', 'when', 'amid']);

/** Past forms and participles that do not follow the regular rules. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], give: ['gave', 'given'], put: ['put'],
  plead: ['pled'], go: ['went', 'gone'], speak: ['spoke', 'spoken'], admit: ['admitted', 'admitting'],
  commit: ['committed', 'committing'], quip: ['quipped', 'quipping'], concur: ['concurred', 'concurring'],
  forecast: ['forecast'], read: ['read'], mean: ['meant'], think: ['thought'], hold: ['held'], find: ['found'],
  hit: ['hit', 'hitting'], shoot: ['shot'], aver: ['averred', 'averring'], submit: ['submitted', 'submitting'],
  label: ['labelled', 'labelling'], dub: ['dubbed', 'dubbing'], slam: ['slammed', 'slamming'],
  snap: ['snapped', 'snapping'], sob: ['sobbed', 'sobbing'], signal: ['signalled', 'signalling'],
};

/** Verbs that report speech only with their particle and a that-clause: "pointed out that …",
 * "shot back that …", "hit back that …" ("shot back at the police" is no claim). */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['hit', 'back'],
  ['fire', 'back'],
  ['shoot', 'back'],
]);

/** Every inflected form of the reporting verbs, mapped to its lemma ("told" → "tell"). Built once:
 * a table is cheaper than asking the tagger for lemmas of every token. */
export const VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  const add = (form: string, lemma: string) => {
    if (!forms.has(form)) forms.set(form, lemma);
  };
  for (const lemma of new Set([...SPEECH_VERBS, ...STATEMENT_VERBS, ...PHRASAL_CUES.keys()])) {
    add(lemma, lemma);
    for (const f of IRREGULAR[lemma] ?? []) add(f, lemma);
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    const consonantY = /[^aeiou]y$/.test(lemma);
    add(consonantY ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, lemma);
    add(consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, lemma);
    add(`${stem}ing`, lemma);
  }
  return forms;
})();

/** The lemma of a reporting verb form, or the word itself. */
export function lemmaOf(lower: string): string {
  return VERB_FORMS.get(lower) ?? lower;
}

/** Whether a paragraph could hold an attribution at all: a quotation mark, a reporting verb form,
 * "according to", a transcript label or an interview's answer. Paragraphs without any are not
 * worth tagging. */
export function mayHoldClaims(text: string): boolean {
  if (/[“”"«»„]|''|``|according to/i.test(text)) return true;
  // A British single quotation opening the paragraph or a word ("‘If the government wants …").
  if (/(?:^|\s)‘\S/.test(text)) return true;
  // "Moscow's assertion that …": a claim named by its noun, with its owner.
  if (/['’]s\s+(?:assertions?|allegations?|denials?|insistence|warnings?|admission|suggestion|argument|announcement|statement)\s+that\b/i.test(text)) return true;
  // A transcript label ("PENCE: …") or an interview's answer ("A: …").
  if (/^\s*(?:\p{Lu}{2,}[\p{Lu} .'’-]*:|A:\s)/u.test(text)) return true;
  return ANY_VERB_FORM.test(text);
}

/** A reporting verb form as a whole word (letters a-z on neither side), in any case: one regex
 * scan of the paragraph, rather than splitting it into words to look each up (about 4× faster). */
const ANY_VERB_FORM = new RegExp(
  `(?<![a-z])(?:${[...VERB_FORMS.keys()]
    .filter((form) => form.length > 2 && /^[a-z]+$/.test(form))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-z])`,
  'i',
);

/** Generic nouns for a business, which stand for the one named before. */
export const BUSINESS_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'retailer', 'lender', 'airline', 'insurer', 'manufacturer', 'chipmaker', 'startup', 'conglomerate', 'business', 'maker', 'group', 'bank', 'brand', 'platform', 'drugmaker', 'miner', 'utility', 'supplier', 'producer', 'carrier', 'shipper']);
/** Words of a public body's name: a business noun never stands for it. */
export const PUBLIC_BODY_WORDS = new Set(['ministry', 'department', 'office', 'agency', 'council', 'committee', 'commission', 'government', 'administration', 'kremlin', 'pentagon', 'parliament', 'congress', 'senate', 'court', 'police', 'army', 'forces', 'staff', 'command', 'navy', 'military', 'party', 'authority', 'authorities', 'bureau', 'service', 'embassy', 'union']);

/** Occupations written before a full name at a sentence's start ("Meteorologist Sarah Thompson"). */
export const OCCUPATIONS = new Set([
  'analyst', 'economist', 'meteorologist', 'historian', 'scientist', 'researcher', 'lawyer', 'doctor', 'nurse',
  'teacher', 'journalist', 'photographer', 'farmer', 'pilot', 'engineer', 'architect', 'designer', 'actor',
  'actress', 'singer', 'writer', 'poet', 'artist', 'musician', 'comedian', 'chef', 'entrepreneur', 'investor',
  'trader', 'banker', 'developer', 'pastor', 'priest', 'rabbi', 'imam', 'bishop', 'cardinal', 'epidemiologist',
  'virologist', 'psychologist', 'sociologist', 'physicist', 'biologist', 'geologist', 'climatologist', 'strategist',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'manager', 'coach', 'captain',
  // Descriptions of the same kind: "Rival Hillary Clinton", "Fellow Republican Ted Cruz".
  'rival', 'opponent', 'colleague', 'ally', 'critic', 'veteran', 'fellow', 'activist',
  'forecaster', 'commentator', 'consultant', 'surgeon', 'physician', 'paramedic', 'firefighter', 'detective',
  // Local offices and members: "Council member Maria Lopez", "board trustee Ann Cole".
  'member', 'lawmaker', 'legislator', 'councillor', 'councilor', 'councilman', 'councilwoman', 'commissioner',
  'trustee', 'sheriff', 'attorney', 'resident', 'student', 'worker',
  // Who speaks in court or for a star: "Advocate Nikhil Saxena", "Counsel Ritu Malhotra", "Agent …".
  'advocate', 'counsel', 'agent', 'publicist',
  // ("Kestrel chief executive Martin Osgood apologized": the commonest office in business news.)
  'executive',
]);

/** Lower-case words that belong inside a name: "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos', 'das', 'do', 'los', 'las', 'des', 'dei', 'ten', 'zu', 'af', 'bint', 'y']);

/** Words of an institution's name that no person's name holds: "Royal College of Nursing". */
export const INSTITUTION_WORDS = new Set(['royal', 'national', 'international', 'federal', 'central', 'united', 'college', 'academy', 'chamber', 'museum', 'church', 'library', 'clinic', 'school', 'house', 'hall', 'society', 'order', 'friends']);

/** A dateline opening a paragraph: "KYIV, Ukraine (AP) — ", "June 5 (Reuters) - ", "Washington (CNN) — ", "Padang (Indonesia) (AFP) – ",
 * "SACRAMENTO, Calif. (AP) — ", "WASHINGTON — ", "SAN JOSE, Calif. - ". It is where the story was filed, not part of what
 * anyone said. */
export const DATELINE = /^(?:\p{Lu}[^!?()]{0,50}(?:\(\p{Lu}[\p{L} .]{0,19}\)\s*){1,2}[—–-]+\s+|\p{Lu}[\p{Lu}\s,.'’-]{2,40}(?:,\s*\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?)?\s[—–-]+\s+)/u;

/** Words that open a sentence without being part of a name after them. */
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Meanwhile', 'However', 'Still', 'Yet', 'So', 'Then', 'Now', 'Also', 'Even', 'Both', 'When',
  'After', 'Before', 'As', 'If', 'While', 'What', 'Which', 'Who', 'Where', 'Why', 'How', 'This', 'That', 'These', 'Those',
  'On', 'In', 'At', 'By', 'For', 'From', 'With', 'Since', 'Until', 'Last', 'Early', 'Late', 'Like', 'Unlike', 'Despite',
  'Although', 'Though', 'Because', 'Once', 'Unless', 'Whether', 'During', 'Under', 'Over', 'Among', 'Without', 'Against',
  'Instead', 'Indeed', 'Later', 'Earlier', 'Today', 'Yesterday', 'Here', 'There', 'Thus', 'Perhaps', 'Asked', 'According',
  'Said', 'Says', 'Added', 'Adds', 'Wrote', 'Writes', 'Noted', 'Explained', 'Recalled', 'Continued', 'Insisted', 'Argued',
  'Speaking', 'Many', 'Some', 'Most', 'All', 'Every', 'Each', 'Other', 'Another', 'Few', 'Several', 'Such', 'Its', 'His', 'Her', 'Their',
  // A question opens with its auxiliary: "Would Hollis vote for her party's leader?"
  'Would', 'Will', 'Could', 'Should', 'Can', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had',
]);

/** "who gave her name only as Mere", "who asked to be identified only by his first name, Tomás", "who
 * identifies himself only as “Engineer Rod”": the name someone unnamed goes by (group 1). */
export const GIVEN_NAME = /\b(?:gave (?:his|her|their|only (?:his|her|their)) (?:first )?name(?: only)? as|(?:asked|wanted|agreed) to be (?:identified|named|called)(?: only)? (?:as|by (?:his|her|their) first name,?)|(?:identified|named) (?:only )?as|(?:identifies|identified|calls|called) (?:himself|herself|themselves)(?: only)? as)\s+["“]?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;
