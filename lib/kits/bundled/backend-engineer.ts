import type { KitContent } from '../kit-types';

/**
 * The bundled Backend Engineer kit. The questions keep the wording of the source page
 * (shared/seeds/backend-engineer-interview-kit.txt); every explanation, sample answer,
 * profile and red flag is written in this project's own words.
 */
export const BACKEND_ENGINEER_KIT_ID = 'bundled:backend-engineer';
export const BACKEND_ENGINEER_KIT_VERSION = 1;

export const backendEngineerKit: KitContent = {
  title: 'Backend Engineer',
  role: 'Backend Engineer',
  description: 'Server-side fundamentals: web APIs, data stores, security and running changes safely in production.',
  questions: [
    {
      id: 'rest',
      text: 'What does REST stand for?',
      guidance:
        'Listen for the expansion and for the idea behind it: resources named by URLs, handled through a small set of uniform verbs, with no session state kept on the server.',
      sampleAnswer:
        'Representational State Transfer. It is a style for web APIs: each thing is a resource with its own URL, clients use standard HTTP methods on it, and every request carries all it needs, so servers stay stateless and responses can be cached.',
    },
    {
      id: 'nosql',
      text: 'What do you understand by NoSQL databases?',
      guidance:
        'A good answer goes past "not SQL": it names data models other than tables and says what they trade away, often strict schemas or joins, for scale or flexibility.',
      sampleAnswer:
        'Stores that do not organise data as related tables. They come as documents, key-value pairs, wide columns or graphs, usually without a fixed schema, and they are built to spread data over many machines, often giving up joins or strong consistency to do so.',
    },
    {
      id: 'sql-injection',
      text: 'What is SQL injection?',
      guidance:
        'Expect the mechanism (untrusted input becomes part of a query) and, more importantly, the fix: parameterised queries, not hand-made escaping.',
      sampleAnswer:
        'It is when input from a user ends up inside a SQL statement as code, so an attacker can change what the query does: read other rows, modify or drop data. The cure is to send values separately from the query text, with prepared or parameterised statements, and to give the database account only the rights it needs.',
    },
    {
      id: 'api-javascript',
      text: 'What is an API? How do you access an API with JavaScript?',
      guidance:
        'Check that they see an API as a contract between programs, then that they can describe a real call: fetch, awaiting the response, checking the status, parsing JSON and handling failure.',
      sampleAnswer:
        'An API is the agreed interface one program offers another: which requests it accepts and what it answers. From JavaScript I would call a web API with fetch, await the response, check response.ok, read the body with response.json(), and handle network errors and timeouts.',
    },
    {
      id: 'data-migrations',
      text: 'How do you handle data migrations in a production environment?',
      guidance:
        'Look for caution backed by process: a backup, a rehearsal on realistic data, changes that old and new code can both live with, a way back, and checks afterwards.',
      sampleAnswer:
        'I take a backup first and rehearse the migration on a copy of production data. I split risky changes into steps that keep old and new code working, such as adding a column before using it, run long data moves in batches, watch errors and timings while it runs, and verify counts and constraints when it is done, with a rollback plan ready.',
    },
    {
      id: 'thread-process',
      text: 'Describe the differences between a thread and a process.',
      guidance:
        'The key point is memory: processes are isolated from each other, threads of one process share an address space, which makes them cheaper to talk between and easier to get wrong.',
      sampleAnswer:
        'A process is a running program with its own memory and resources, isolated by the operating system. Threads live inside a process and share its memory, so they are lighter to create and can exchange data directly, but shared state needs locks or other care to avoid races.',
    },
    {
      id: 'data-in-transit',
      text: 'How do you ensure the security of data in transit?',
      guidance:
        'Expect TLS everywhere, including between internal services, with certificate checks kept on; strong answers add authentication of both ends and keeping secrets out of URLs and logs.',
      sampleAnswer:
        'Encrypt every connection with TLS, internal traffic too, and never turn off certificate verification. Redirect HTTP to HTTPS and send HSTS, use mutual TLS or signed tokens between services, and keep tokens and personal data out of URLs and logs.',
    },
    {
      id: 'relational-vs-non-relational',
      text: 'What are the key differences between a relational database and a non-relational database?',
      guidance:
        'A good answer compares schema, query language, consistency and scaling, and says when they would choose each rather than declaring a winner.',
      sampleAnswer:
        'A relational database keeps data in tables with a fixed schema, queried with SQL, with joins and transactions that keep related data consistent. Non-relational stores use documents, keys, columns or graphs, have looser schemas and usually scale out more easily. I pick relational when integrity and ad hoc queries matter, and another model when the access pattern is simple and the volume is huge.',
    },
  ],
  goodCandidate:
    'Explains server-side ideas plainly and ties them to systems they have built. Knows how data is stored and queried, treats security as part of the job rather than an afterthought, is at home in more than one language, works through problems step by step, keeps learning, and works well with front-end colleagues and the wider team.',
  redFlags: [
    'Gets stuck on problems instead of reasoning through them',
    'Unaware of current backend tools and practices',
    'Treats security as someone else’s concern',
    'Cannot explain a technical idea in plain words',
    'Dismisses feedback or questions about their approach',
  ],
};
