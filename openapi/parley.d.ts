/**
 * The types of Parley's HTTP API, generated from openapi/openapi.json by `npm run openapi`
 * (openapi-typescript). Do not edit: change the routes and run it again.
 */

export interface paths {
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get this API's OpenAPI document
         * @description The OpenAPI 3.1 description of every operation, generated from the same schemas that validate requests and serialize responses. The explorer at `/docs` shows the same document.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check liveness
         * @description Answers 200 when the service is up and its database answers a query, 503 otherwise.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List source articles
         * @description The articles the knowledge base is curated from, by publication date (undated first), then id. Bodies are left out unless `include=body`.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Adds a source with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source article
         * @description One article with its verbatim body and every evidence span cited from it. Without `include`, every relation (`body`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Deletes the source with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the source's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/export/sources.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export sources as NDJSON
         * @description Every source the filters select, one JSON record a line, in the order of `GET /sources`, each as the list gives it: with the relations `include` names (`include=body,evidence` gives each record as `GET /sources/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportSourcesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/sources.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export sources as CSV
         * @description Every source the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /sources`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The source's id.; `title` — The headline.; `outlet` — The outlet that published it.; `author` — The author, as printed.; `url` — Where it was published.; `published_value` — When it was published: its value (`2007`, `2007-10` or `2007-10-12`), empty when undated.; `published_precision` — When it was published: `day`, `month` or `year`.; `published_text` — When it was published: the words the article dates it with.; `published_basis` — When it was published: how the date was worked out.; `reference_date_value` — The day its relative dates count from, when not its publication: its value (`2007`, `2007-10` or `2007-10-12`), empty when undated.; `reference_date_precision` — The day its relative dates count from, when not its publication: `day`, `month` or `year`.; `reference_date_text` — The day its relative dates count from, when not its publication: the words the article dates it with.; `reference_date_basis` — The day its relative dates count from, when not its publication: how the date was worked out.; `notes` — Notes on the source.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportSourcesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft what an article adds to the knowledge base
         * @description Reads the article of a source (create it first with `POST /sources`, its body verbatim and its publication date) and drafts its quotations and reported speech with their speakers, the actors and issues it names (linked to the known ones, new people proposed), its date expressions resolved, and PLOVER types where the wording supports one. Writes nothing: every `record` is a body the write API takes as it is, its evidence exact spans of the article with their offsets, for an analyst to review, correct and commit with `POST /batch` (`npm run ingest` does this from the command line). An empty or non-prose body gives an empty draft. Drafting a 200 KB article takes about 4 s on a two-core machine; its budget is 6× `VIEW_TIMEOUT_MS` (30 s by default), and it runs on a view thread, so other requests are not held up.
         */
        post: operations["draftSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List evidence spans
         * @description Spans of the sources that facts cite, by source and position.
         */
        get: operations["listEvidence"];
        put?: never;
        /**
         * Create an evidence span
         * @description Registers a span of a source. With `start` and `end`, `exact` must be exactly the text at those offsets. Without them, the words are looked up in the source (line breaks and straight or curly quotes may be typed either way) and must occur exactly once; the answer gives the offsets found. Answers 201 for a new span and 200 when the span already exists.
         */
        post: operations["createEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/evidence.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export evidence as NDJSON
         * @description Every evidence span the filters select, one JSON record a line, in the order of `GET /evidence`. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportEvidenceNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/evidence.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export evidence as CSV
         * @description Every evidence span the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /evidence`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The span's id: its source and offsets.; `source_id` — The source it quotes.; `start` — Where the span starts in the source's body (UTF-16 code units).; `end` — Where it ends (exclusive).; `exact` — The words of the span.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportEvidenceCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an evidence span
         * @description One span: its source, offsets and exact text. `/sources/{id}` lists every span of a source.
         */
        get: operations["getEvidence"];
        put?: never;
        post?: never;
        /**
         * Delete an evidence span
         * @description Deletes a span no fact cites. While facts cite it the answer is 409 listing them. Needs If-Match.
         */
        delete: operations["deleteEvidence"];
        options?: never;
        head?: never;
        /**
         * Correct an evidence span
         * @description Moves a span to the words the body gives, in the same source (with or without offsets, as for POST). A span's id is its place, so the corrected span has a new id: every fact that cited the old span is changed to cite the new one, the old span is deleted, and each of those changes is logged. Needs If-Match. Answers with the corrected span; its `Location` is its new address.
         */
        patch: operations["updateEvidence"];
        trace?: never;
    };
    "/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description People, states, organizations, groups and unnamed speakers, ordered by id.
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Create an actor
         * @description Adds an actor with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an actor
         * @description One actor with its affiliation, its aliases and roles as printed, and the spans that mention it. Without `include`, every relation (`affiliation`, `aliases`, `roles`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        /**
         * Delete an actor
         * @description Deletes the actor with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        /**
         * Change an actor
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the actor's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateActor"];
        trace?: never;
    };
    "/export/actors.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export actors as NDJSON
         * @description Every actor the filters select, one JSON record a line, in the order of `GET /actors`, each as the list gives it: with the relations `include` names (`include=affiliation,aliases,roles,evidence` gives each record as `GET /actors/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportActorsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/actors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export actors as CSV
         * @description Every actor the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /actors`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The actor's id.; `name` — The actor's name.; `kind` — What kind of actor.; `affiliation_id` — The id of the actor it belongs to.; `description` — Who or what the actor is.; `aliases` — Its aliases as printed, `;`-joined.; `aliases_json` — Its aliases, each with a note and its evidence. The whole list as JSON.; `roles` — The titles of its roles, `;`-joined.; `roles_organization_id` — The organization of each role, in the same order.; `roles_json` — Its roles, each with its organization, date, note and evidence. The whole list as JSON.; `evidence` — The ids of the evidence spans that support the actor, `;`-joined.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportActorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List issues
         * @description The subjects of negotiation, ordered by id.
         */
        get: operations["listIssues"];
        put?: never;
        /**
         * Create an issue
         * @description Adds an issue with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an issue
         * @description One issue with its parent and children, its aliases, its typed links to other issues (package deals, conditions, trade-offs, shared forums) and its evidence. Without `include`, every relation (`parent`, `children`, `aliases`, `links`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getIssue"];
        put?: never;
        post?: never;
        /**
         * Delete an issue
         * @description Deletes the issue with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteIssue"];
        options?: never;
        head?: never;
        /**
         * Change an issue
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the issue's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateIssue"];
        trace?: never;
    };
    "/export/issues.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export issues as NDJSON
         * @description Every issue the filters select, one JSON record a line, in the order of `GET /issues`, each as the list gives it: with the relations `include` names (`include=parent,children,aliases,links,evidence` gives each record as `GET /issues/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportIssuesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/issues.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export issues as CSV
         * @description Every issue the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /issues`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The issue's id.; `name` — The issue's name.; `description` — What the issue is.; `parent_id` — The id of the broader issue it is part of.; `children` — The ids of the issues part of it, `;`-joined.; `aliases` — Its aliases as printed, `;`-joined.; `aliases_json` — Its aliases, each with a note and its evidence. The whole list as JSON.; `links` — The ids of the issues it is linked with, `;`-joined.; `links_kind` — The kind of each link, in the same order.; `links_direction` — Whether each link goes from this issue (`outgoing`) or to it (`incoming`), in the same order.; `links_json` — Its links, each with its note and evidence. The whole list as JSON.; `evidence` — The ids of the evidence spans that support the issue, `;`-joined.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportIssuesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List proposals
         * @description Offers, demands, requests and agreements, ordered by id. `status` filters on the current status (the latest history entry).
         */
        get: operations["listProposals"];
        put?: never;
        /**
         * Create a proposal
         * @description Adds a proposal with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a proposal
         * @description One proposal with its participants, issues, status history (oldest first), the statements about or in response to it, and its evidence. Without `include`, every relation (`participants`, `issues`, `history`, `statements`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        /**
         * Delete a proposal
         * @description Deletes the proposal with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteProposal"];
        options?: never;
        head?: never;
        /**
         * Change a proposal
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the proposal's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateProposal"];
        trace?: never;
    };
    "/export/proposals.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export proposals as NDJSON
         * @description Every proposal the filters select, one JSON record a line, in the order of `GET /proposals`, each as the list gives it: with the relations `include` names (`include=participants,issues,history,statements,evidence` gives each record as `GET /proposals/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportProposalsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/proposals.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export proposals as CSV
         * @description Every proposal the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /proposals`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The proposal's id.; `title` — The proposal's title.; `kind` — What kind of proposal.; `summary` — What it proposes.; `parent_id` — The id of the proposal it is part of.; `status` — Its status now: that of the last entry of its history.; `participants` — The ids of the actors taking part, `;`-joined.; `participants_role` — The role of each, in the same order.; `issues` — The ids of the issues it is about, `;`-joined.; `statements` — The ids of the statements about it, `;`-joined.; `statements_stance` — The stance of each, in the same order.; `history` — The statuses of its history in order, `;`-joined.; `history_dates` — The date of each entry (its value), in the same order.; `history_json` — Its history, each entry with its date, actor, note and evidence. The whole list as JSON.; `evidence` — The ids of the evidence spans that support the proposal, `;`-joined.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportProposalsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a new status of a proposal
         * @description Appends an entry to the proposal's status history (e.g. `rejected` with the evidence that says so); the proposal's current status becomes the new entry's. If-Match is optional here: send it to be sure nobody changed the proposal meanwhile. Answers 201 with the whole proposal.
         */
        post: operations["addProposalStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Quotations and attributed paraphrases in the order they were said (`sort=-date` for the latest first), then by id. A statement stands at its date's first day or, when the articles do not date it, at its `known_by` day: the day the earliest article reporting it was written.
         */
        get: operations["listStatements"];
        put?: never;
        /**
         * Create a statement
         * @description Adds a statement with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a statement
         * @description One statement with its speaker, the issues and proposals it is about (with stances), the actors it addresses or mentions, and its evidence. Without `include`, every relation (`speaker`, `issues`, `proposals`, `actors`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        /**
         * Delete a statement
         * @description Deletes the statement with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteStatement"];
        options?: never;
        head?: never;
        /**
         * Change a statement
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the statement's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateStatement"];
        trace?: never;
    };
    "/export/statements.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export statements as NDJSON
         * @description Every statement the filters select, one JSON record a line, in the order of `GET /statements`, each as the list gives it: with the relations `include` names (`include=speaker,issues,proposals,actors,evidence` gives each record as `GET /statements/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportStatementsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/statements.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export statements as CSV
         * @description Every statement the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /statements`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The statement's id.; `speaker_id` — The id of the actor who said it.; `speaker_label` — The speaker as the article names them.; `kind` — `direct_quote` or `paraphrase`.; `text` — What was said.; `date_value` — When it was said: its value (`2007`, `2007-10` or `2007-10-12`), empty when undated.; `date_precision` — When it was said: `day`, `month` or `year`.; `date_text` — When it was said: the words the article dates it with.; `date_basis` — When it was said: how the date was worked out.; `known_by` — The last day it can have been said: its date's last day or, undated, the publication of the earliest article reporting it.; `known_by_source` — For an undated statement, the source whose publication gives `known_by`.; `venue` — Where it was said.; `plover_type` — Its PLOVER event type.; `responds_to_id` — The id of the statement it answers.; `note` — A note on the statement.; `issues` — The ids of the issues it is about, `;`-joined.; `issues_stance` — Its stance toward each, in the same order.; `proposals` — The ids of the proposals it is about, `;`-joined.; `proposals_stance` — Its stance toward each, in the same order.; `actors` — The ids of the actors it addresses or mentions, `;`-joined.; `actors_role` — The role of each, in the same order.; `evidence` — The ids of the evidence spans that support the statement, `;`-joined.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportStatementsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/events.plover.jsonl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export statements as PLOVER events
         * @description Every statement the filters select (those of `GET /statements`, in its order) as a PLOVER event record, one JSON object a line, with the field names of PLOVER's "JSON Data Fields" (Open Event Data Alliance). Fields: `id` — The statement's id (unique in the file). `has_event` — `true` when the statement has a PLOVER event type, `false` when the knowledge base has not coded one (then `event` is empty). `date` — The first day of the statement's date (`YYYY-MM-DD`); for a month or a year, its first day. Null when the articles do not date it. `enddate` — The last day of its date; for an undated statement, its `known_by` day: the publication of the earliest article reporting it. `date_precision` — This service's: `day`, `month` or `year`, or `undated`. `source` — The speaker, as a list of one PLOVER actor object: `code` (the ISO 3166 alpha-3 code of the state it is, or belongs to through its affiliations, when the knowledge base has one), `sector` (`GOV` for a state's own officials and bodies: a person holding a role in it or in one of its bodies, or an organization affiliated with it; otherwise null), `actor_text` (the speaker as the article names them), `identifier_id` (the actor's id here), `identifier_text` (its name), `office` (the title of its first role, if any). `recipient` — The actors the statement addresses (role `addressee`), as actor objects; empty when it addresses no one in particular. `event` — The PLOVER event type as a list of one (`["THREATEN"]`), or empty. `quad_code` — PLOVER's quad category of the event: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (REQUEST, which later PLOVER has in place of DEMAND, takes DEMAND's 3); null when uncoded. `mode` — Null: the knowledge base does not record PLOVER modes. `context` — Null: the knowledge base does not record PLOVER contexts. `event_text` — The statement's text, as a list of one. `text_info` — The first evidence span's offsets in its article: `start`, `end` (UTF-16 code units). `cite_info` — The article of the first evidence span: `citation` (its source id here), `title`, `url`, `publication` (its outlet). `coder` — `parley`: curated by analysts, each fact with its evidence. `coded_date` — The day the statement was last changed here. `comment` — The statement's note. `stances` — This service's: the issues and proposals the statement is about, each `{type, id, stance}`. `evidence` — This service's: every evidence span, `{id, source_id, start, end, exact}`.
         */
        get: operations["exportPloverEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dates
         * @description Dated happenings, deadlines, expiries and anniversaries, in chronological order (by the start of each date's interval, then id).
         */
        get: operations["listDates"];
        put?: never;
        /**
         * Create a date
         * @description Adds a date with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a date
         * @description One dated happening or deadline with the actors and issues involved and its evidence. Without `include`, every relation (`actors`, `issues`, `evidence`) is embedded; `include=` with an empty value embeds none.
         */
        get: operations["getDate"];
        put?: never;
        post?: never;
        /**
         * Delete a date
         * @description Deletes the date with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteDate"];
        options?: never;
        head?: never;
        /**
         * Change a date
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the date's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateDate"];
        trace?: never;
    };
    "/export/dates.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export dates as NDJSON
         * @description Every date the filters select, one JSON record a line, in the order of `GET /dates`, each as the list gives it: with the relations `include` names (`include=actors,issues,evidence` gives each record as `GET /dates/{id}` does). The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportDatesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/dates.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export dates as CSV
         * @description Every date the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /dates`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The date's id.; `kind` — What kind of date.; `label` — What happens on it.; `date_value` — The date: its value (`2007`, `2007-10` or `2007-10-12`), empty when undated.; `date_precision` — The date: `day`, `month` or `year`.; `date_text` — The date: the words the article dates it with.; `date_basis` — The date: how the date was worked out.; `location` — Where.; `note` — A note on the date.; `actors` — The ids of the actors involved, `;`-joined.; `issues` — The ids of the issues it concerns, `;`-joined.; `evidence` — The ids of the evidence spans that support the date, `;`-joined.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportDatesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the points the sources disagree on
         * @description Every contested claim, ordered by id, each with every version the sources give and the evidence for each. None is dropped or resolved.
         */
        get: operations["listConflicts"];
        put?: never;
        /**
         * Create a conflict
         * @description Adds a conflict with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an `id` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.
         */
        post: operations["createConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/conflicts.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export conflicts as NDJSON
         * @description Every contested claim the filters select, one JSON record a line, in the order of `GET /conflicts`. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file. Its ETag changes whenever anything is written.
         */
        get: operations["exportConflictsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/conflicts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export conflicts as CSV
         * @description Every contested claim the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of `GET /conflicts`. A cell starting with `=`, `+`, `-` or `@` is written with a leading `'`, so a spreadsheet shows it as text. Columns: `id` — The contested claim's id.; `subject_type` — The kind of record it is about.; `subject_id` — The id of the record it is about.; `property` — What is contested.; `summary` — The disagreement in a sentence.; `kind` — What kind of disagreement.; `note` — A note on it.; `versions` — The value each version gives, in order, `;`-joined.; `versions_json` — Its versions, each with its date, note and evidence. The whole list as JSON.; `evidence` — The ids of the spans supporting each version, `;`-joined, versions separated by `|`.; `version` — The record's version: 1 when created, one more at each change.; `created_at` — When the record was created (ISO 8601).; `updated_at` — When the record last changed (ISO 8601).. The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file (its header line only). Its ETag changes whenever anything is written.
         */
        get: operations["exportConflictsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disagreement
         * @description One contested claim with every version and its evidence.
         */
        get: operations["getConflict"];
        put?: never;
        post?: never;
        /**
         * Delete a conflict
         * @description Deletes the conflict with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.
         */
        delete: operations["deleteConflict"];
        options?: never;
        head?: never;
        /**
         * Change a conflict
         * @description Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the conflict's current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.
         */
        patch: operations["updateConflict"];
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search every collection
         * @description Full-text search over sources, statements, actors (names and aliases), issues, proposals and dates, best match first. A statement is also found by the names and aliases of its speaker and its issues (`Putin CFE`). Every word must match, in any of its forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense, `neutralise` finds neutralize); `"quoted words"` match as a phrase and a trailing `*` matches a prefix (`negotiat*`) of at least 3 characters. A word or phrase repeated counts once, and at most 8 distinct ones are allowed (more is a 400). Any other syntax is searched as plain text, so any input is safe. The 300 most recently added or changed matches are ranked, so pages go up to 300 results deep; when more records match, add words or a `type` to narrow the search.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The negotiation in chronological order
         * @description Dates, dated statements and dated proposal status changes merged into one stream, ordered by the start of each entry's date interval (then type and id). Each entry says its precision. A statement the articles do not date stands on the last day it can have been said, the day the earliest article reporting it was written (`undated` says so); an undated status change is left out.
         */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where each actor stood on an issue
         * @description For every actor who spoke on the issue (a page of actors at a time, by id), the stance of their latest statement, how many statements they made, and the latest `statements` of them (3 unless asked, 0–10). A page holds at most `limit` actors (16 unless asked, 1–100), and fewer when adding the next actor would take the text of the page's statements past 262,144 bytes of UTF-8 (256 KiB): it always holds at least one actor, and `next_cursor` continues after the last actor it holds. With `as_of`, only statements certainly made by the end of that day (or month, or year) count, so the answer is where things stood then.
         */
        get: operations["getIssuePositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change log
         * @description Every successful write, oldest first, with the record before and after. The log is append-only and written in the same transaction as each write; it begins with the seed's records, logged as created by the key id `seed` when the database was first loaded, so applying its `after` snapshots in order to an empty database rebuilds the current knowledge base. A page is capped twice: at `limit` entries, and at 1 MB (1,048,576 bytes) of snapshots, so it may hold fewer than `limit` entries even when more follow (`next_cursor` says whether they do; it always holds at least one). A snapshot whose stored JSON is over 64 KB (65,536 bytes) is not sent in a page: it is null and the entry's `omitted` names it; the entry's `href` (`GET /changes/{id}`) answers it whole. Public by default, like the knowledge base it describes; a deployment that must not publish its history sets `CHANGES_ACCESS=key`, and then reading it needs an API key as writes do.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one change log entry
         * @description One entry of the change log, with its `before` and `after` snapshots whole, however large (`omitted` is empty): the `href` of an entry whose snapshots a list page left out for being over 64 KB (65,536 bytes). Public by default, like the knowledge base it describes; a deployment that must not publish its history sets `CHANGES_ACCESS=key`, and then reading it needs an API key as writes do.
         */
        get: operations["getChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply many writes at once, all or nothing
         * @description Runs each operation — any of the API's writes: POST /sources, PATCH /sources/{id}, DELETE /sources/{id}, POST /evidence, PATCH /evidence/{id}, DELETE /evidence/{id}, POST /actors, PATCH /actors/{id}, DELETE /actors/{id}, POST /issues, PATCH /issues/{id}, DELETE /issues/{id}, POST /proposals, PATCH /proposals/{id}, DELETE /proposals/{id}, POST /proposals/{id}/statuses, POST /statements, PATCH /statements/{id}, DELETE /statements/{id}, POST /dates, PATCH /dates/{id}, DELETE /dates/{id}, POST /conflicts, PATCH /conflicts/{id}, DELETE /conflicts/{id} — in order, in one transaction, exactly as its own route would (the same body schema, the same checks, If-Match where that route needs it, a change-log entry each). A record must be created before a later operation refers to it. The first that fails undoes every one before it: nothing is written, and the problem names the operation (`operation`, and the detail) and its fields (`body.operations.3.body.speaker_id`), with the status that write alone would have answered. At most 1000 operations; the request body is limited to 4 MB as any other. With an Idempotency-Key, a retry replays the first answer.
         */
        post: operations["batchWrites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/knowledge-base.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole knowledge base
         * @description Every record of every collection, one a line: `{"type", "id", "version", "created_at", "updated_at", "record"}`, where `type` is the collection's singular (`source`, `evidence`, `actor`, `issue`, `proposal`, `statement`, `date`, `conflict`) and `record` is exactly the body `POST` takes to create it (as the seed files hold them), its evidence given as spans with their offsets. Sources first, then every evidence span, then actors, issues, proposals, statements, dates and contested claims, each by id. `npm run import -- <file>` loads it into an empty database, checking every record as the write API does and keeping versions and times: exporting that database gives the same bytes. The change log is not included.
         */
        get: operations["exportKnowledgeBase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A person, state, organization, group or unnamed speaker.
         * @example {
         *       "id": "sergei-lavrov",
         *       "name": "Sergei Lavrov",
         *       "kind": "person",
         *       "affiliation_id": "russia",
         *       "description": "Foreign Minister of Russia.",
         *       "version": 1,
         *       "created_at": "2026-11-29T09:00:00.000Z",
         *       "updated_at": "2026-11-29T09:00:00.000Z"
         *     }
         */
        Actor: {
            /** @description Readable id, e.g. `sergei-lavrov`. */
            id: string;
            /** @description The name the knowledge base uses. */
            name: string;
            /**
             * @description Person, state, organization, group, or unnamed speaker.
             * @enum {string}
             */
            kind: "person" | "state" | "organization" | "group" | "unnamed";
            /** @description The state or body the actor belongs to. */
            affiliation_id: string | null;
            /** @description Who the actor is, in a sentence. */
            description: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description The affiliation, embedded (with `include=affiliation`). */
            affiliation?: components["schemas"]["ActorRef"] | null;
            /** @description Names as printed in the sources (with `include=aliases`). */
            aliases?: {
                /** @description The name as printed, misprints included. */
                name: string;
                /** @description A curator's note: inferences, caveats, cross-references. */
                note: string | null;
                /** @description The spans of the sources that support this fact. */
                evidence: components["schemas"]["Evidence"][];
            }[];
            /** @description Titles and positions (with `include=roles`). */
            roles?: {
                /** @description The title as printed. */
                title: string;
                /** @description The body the role is held in. */
                organization_id: string | null;
                /** @description When the role is held, if stated. */
                date: components["schemas"]["DateValue"] | null;
                /** @description A curator's note: inferences, caveats, cross-references. */
                note: string | null;
                /** @description The spans of the sources that support this fact. */
                evidence: components["schemas"]["Evidence"][];
            }[];
            /** @description Spans that mention the actor (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        ActorPage: {
            /** @description This page's records. */
            data: components["schemas"]["Actor"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description An actor, named. */
        ActorRef: {
            /** @description The actor's id. */
            id: string;
            /** @description The actor's name. */
            name: string;
            /**
             * @description Person, state, organization, group, or unnamed speaker.
             * @enum {string}
             */
            kind: "person" | "state" | "organization" | "group" | "unnamed";
        };
        /** @description Every write of the batch was applied, in one transaction. */
        BatchResults: {
            /** @description One result for each operation, in order. */
            results: {
                /** @description What the write alone would have answered: 201 created, 200 changed (or a span that already existed), 204 deleted. */
                status: number;
                /** @description The record's address, for a write that answers one. */
                location: string | null;
                /** @description The record's version after the write (send `"<version>"` as If-Match to change it again). */
                version: number | null;
                /** @description The record as GET shows it after the write; null for a delete. */
                body: unknown;
            }[];
        };
        /** @description One successful write, as the append-only change log keeps it. */
        Change: {
            /** @description Position in the log; later changes have larger ids. */
            id: string;
            /** @description When the write was made (ISO 8601, UTC). */
            at: string;
            /** @description Which API key made it: an HMAC of the key under a secret the server keeps, so the id reveals nothing about the key and guessed keys cannot be tested against it; `seed` for the curated knowledge base the database was first loaded with. */
            key_id: string;
            /**
             * @description The collection written.
             * @enum {string}
             */
            collection: "sources" | "evidence" | "actors" | "issues" | "proposals" | "statements" | "dates" | "conflicts";
            /** @description The record written. */
            record_id: string;
            /**
             * @description What the write did.
             * @enum {string}
             */
            action: "create" | "update" | "delete";
            /** @description The record before the write; null for a create. In a list page, also null when its stored JSON is over 64 KB (65,536 bytes): then `omitted` names it, and `href` answers it whole. */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The record after the write; null for a delete. In a list page, also null when its stored JSON is over 64 KB (65,536 bytes): then `omitted` names it, and `href` answers it whole. */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description The snapshots this answer left out: a list page sends a `before` or `after` whose stored JSON is over 64 KB (65,536 bytes) as null and names it here, so a null is never ambiguous. Empty when nothing was left out, and always empty in the answer of `href`, which holds every snapshot whole. */
            omitted: ("before" | "after")[];
            /** @description The path of this entry, `/changes/{id}`: it answers the entry with both snapshots whole, however large. */
            href: string;
        };
        /** @description A page of the change log, capped at `limit` entries and 1 MB (1,048,576 bytes) of snapshots. */
        ChangePage: {
            /** @description This page's entries, oldest first: at most `limit`, and no more than fit in 1 MB (1,048,576 bytes) of snapshots; a snapshot over 64 KB (65,536 bytes) is not sent, and `omitted` says so. A page always holds at least one entry when any remain, so it may hold fewer than `limit` even when more follow. */
            data: components["schemas"]["Change"][];
            /** @description Pass as `cursor` to get the next page, which starts right after this page's last entry; null on the last page. Following the cursors reaches every entry exactly once. */
            next_cursor: string | null;
        };
        /** @description One side of a disagreement, with its evidence. */
        ClaimVersion: {
            /** @description What this version holds. */
            value: string;
            /** @description The version as a date, when the dispute is about one. */
            date: components["schemas"]["DateValue"] | null;
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description The spans of the sources that support this fact. */
            evidence: components["schemas"]["Evidence"][];
        };
        /**
         * @description A point on which the sources disagree.
         * @example {
         *       "id": "start-1-expiry-year",
         *       "subject": {
         *         "type": "issue",
         *         "id": "start-1"
         *       },
         *       "property": "expiry year",
         *       "summary": "The year START(-1) expires: 2009 or 2012.",
         *       "kind": "between_sources",
         *       "note": null,
         *       "version": 1,
         *       "created_at": "2026-11-29T09:00:00.000Z",
         *       "updated_at": "2026-11-29T09:00:00.000Z",
         *       "versions": [
         *         {
         *           "value": "2009",
         *           "date": {
         *             "value": "2009",
         *             "precision": "year",
         *             "text": "expires in 2009",
         *             "basis": null
         *           },
         *           "note": null,
         *           "evidence": [
         *             {
         *               "id": "voa-2007-10-12:2699-2778",
         *               "source_id": "voa-2007-10-12",
         *               "start": 2699,
         *               "end": 2778,
         *               "exact": "the START Treaty, an agreement to limit strategic missiles that expires in 2009"
         *             }
         *           ]
         *         },
         *         {
         *           "value": "2012",
         *           "date": {
         *             "value": "2012",
         *             "precision": "year",
         *             "text": "expires in 2012",
         *             "basis": null
         *           },
         *           "note": null,
         *           "evidence": [
         *             {
         *               "id": "xinhua-2007-10-14:440-503",
         *               "source_id": "xinhua-2007-10-14",
         *               "start": 440,
         *               "end": 503,
         *               "exact": "after START-1 (Strategic Arms\nReduction Treaty) expires in 2012"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        Conflict: {
            /** @description Readable id. */
            id: string;
            /** @description The record the disagreement is about. */
            subject: {
                /**
                 * @description What kind of record is disputed.
                 * @enum {string}
                 */
                type: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                /** @description The disputed record's id. */
                id: string;
            };
            /** @description What about it is disputed: a name, a title, a date… */
            property: string;
            /** @description The disagreement in a sentence. */
            summary: string;
            /**
             * @description What kind of disagreement: articles that say different things (`between_sources`), one article that says both (`within_source`), a plan or announcement against what later happened (`plan_and_event`), or a reading of the knowledge base's own the articles do not settle (`inference`).
             * @enum {string}
             */
            kind: "between_sources" | "within_source" | "plan_and_event" | "inference";
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description Every version, none dropped. */
            versions: components["schemas"]["ClaimVersion"][];
        };
        /** @description A page of results. */
        ConflictPage: {
            /** @description This page's records. */
            data: components["schemas"]["Conflict"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description A dated happening, deadline, expiry or anniversary. */
        Date: {
            /** @description Readable id. */
            id: string;
            /**
             * @description What kind of happening or deadline.
             * @enum {string}
             */
            kind: "meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary";
            /** @description What happened or falls due. */
            label: string;
            /** @description When. */
            date: components["schemas"]["DateValue"];
            /** @description Where, if stated. */
            location: string | null;
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description Who was involved (with `include=actors`). */
            actors?: components["schemas"]["ActorRef"][];
            /** @description What it concerns (with `include=issues`). */
            issues?: components["schemas"]["IssueRef"][];
            /** @description Spans that state it (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        DatePage: {
            /** @description This page's records. */
            data: components["schemas"]["Date"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /**
         * @description A date as printed, with its precision and how it was resolved. It covers the whole interval its precision implies.
         * @example {
         *       "value": "2007-10-12",
         *       "precision": "day",
         *       "text": "Friday's talks",
         *       "basis": "The Friday before the publication date of xinhua-2007-10-14 (a Sunday)."
         *     }
         */
        DateValue: {
            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
            value: string;
            /**
             * @description How much of the value is known.
             * @enum {string}
             */
            precision: "year" | "month" | "day";
            /** @description The wording as printed ("on Friday", "two weeks ago"); null when the date comes from context. */
            text: string | null;
            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
            basis: string | null;
        };
        /** @description A draft of what an article adds: nothing of it is written until an analyst commits it. */
        Draft: {
            /** @description The source drafted. */
            source_id: string;
            /** @description Every known actor the article names (by name, alias, surname, title and surname, the adjective of a state), and the new people it names. */
            actors: {
                /** @description The id of the record already in the knowledge base this is, or null for a new one. */
                match: string | null;
                /** @description For a new actor, the body of `POST /actors` (with its id, which statements use as `speaker_id`); null for a known one. */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The name. */
                    name: string;
                    /**
                     * @description Person, state, organization, group, or unnamed speaker.
                     * @enum {string}
                     */
                    kind: "person" | "state" | "organization" | "group" | "unnamed";
                    /** @description The state or body the actor belongs to. */
                    affiliation_id?: string | null;
                    /** @description Who the actor is. */
                    description?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuote"][];
                    }[];
                    /** @description Titles and positions. */
                    roles?: {
                        /** @description The title as printed. */
                        title: string;
                        /** @description The body the role is held in. */
                        organization_id?: string | null;
                        /** @description When the role is held. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuote"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                } | null;
                /** @description For a known actor printed under a name it does not have yet ("Sergey Lavrov"): the aliases to add (`PATCH /actors/{id}` with its `aliases` and these). A spelling is never changed behind the analyst's back. */
                aliases?: {
                    /** @description The name as printed. */
                    name: string;
                    /** @description Where. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                }[];
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
            /** @description Every known issue the article names, by name, alias, the core of its name, or its initials spelled out. */
            issues: {
                /** @description The id of the record already in the knowledge base this is, or null for a new one. */
                match: string | null;
                /** @description Null: a known issue (new issues are not proposed). */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The name. */
                    name: string;
                    /** @description What the issue is and what a stance toward it means. */
                    description?: string | null;
                    /** @description The broader issue. */
                    parent_id?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuote"][];
                    }[];
                    /** @description Links from this issue to others. */
                    links?: {
                        /** @description The issue linked to. */
                        issue_id: string;
                        /**
                         * @description How the issues are tied.
                         * @enum {string}
                         */
                        kind: "package_deal" | "conditional_on" | "tradeoff" | "same_forum";
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuote"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                } | null;
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
            /** @description Quotations (`direct_quote`, pieces of one quotation joined with […]) and reported speech (`paraphrase`), each with its speaker, the date and issues of its sentence, and a PLOVER type where the wording says one. */
            statements: {
                /** @description The body of `POST /statements`. */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The speaker, when known as an actor. */
                    speaker_id?: string | null;
                    /** @description The speaker as printed. */
                    speaker_label?: string | null;
                    /**
                     * @description A direct quotation or a paraphrase.
                     * @enum {string}
                     */
                    kind: "direct_quote" | "paraphrase";
                    /** @description What was said. */
                    text: string;
                    /** @description When it was said. */
                    date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description Where it was said. */
                    venue?: string | null;
                    /** @description The PLOVER event type. */
                    plover_type?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT") | null;
                    /** @description The statement this one answers. */
                    responds_to_id?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Issues it is about. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Proposals it is about. */
                    proposals?: {
                        /** @description The proposal. */
                        proposal_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Actors it addresses or mentions. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Addressed, or mentioned.
                         * @enum {string}
                         */
                        role: "addressee" | "mentioned";
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                };
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
            /** @description Every date expression, resolved against the article's reference date (or publication) the way the knowledge base records dates: a bare weekday is the last one, a week is its month, "in six months" a month, "next year" a year. */
            dates: {
                /** @description The body of `POST /dates`. */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /**
                     * @description What kind of happening or deadline.
                     * @enum {string}
                     */
                    kind: "meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary";
                    /** @description What happened or falls due. */
                    label: string;
                    /** @description When. */
                    date: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    };
                    /** @description Where. */
                    location?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Who was involved. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                    }[];
                    /** @description What it concerns. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                };
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
            /** @description Proposals are not drafted yet: always empty. */
            proposals: {
                /** @description The id of the record already in the knowledge base this is, or null for a new one. */
                match: string | null;
                /** @description The body of `POST /proposals` for a new proposal; null for a known one. */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description A short title. */
                    title: string;
                    /**
                     * @description Offer, demand, request or agreement.
                     * @enum {string}
                     */
                    kind: "offer" | "demand" | "request" | "agreement";
                    /** @description What was proposed. */
                    summary: string;
                    /** @description The larger proposal this is an element of. */
                    parent_id?: string | null;
                    /** @description Who proposed it, to whom, and so on. */
                    participants: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Their part.
                         * @enum {string}
                         */
                        role: "proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party";
                    }[];
                    /** @description What it is about. */
                    issues: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The status history, oldest first; the current status is the last entry's. */
                    history: components["schemas"]["NewStatusEntry"][];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuote"][];
                } | null;
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
            /** @description Disagreements with the knowledge base proposed as contested claims, both versions with their evidence: a title printed for a known person that none of their roles holds, and a known happening (same kind, actors and issues) the article dates to another day. Spellings of known names are proposed as aliases in `actors` instead. Numbers are not compared yet. */
            conflicts: {
                /** @description The body of `POST /conflicts`. */
                record: {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The record the disagreement is about. */
                    subject: {
                        /**
                         * @description The kind of record disputed.
                         * @enum {string}
                         */
                        type: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                        /** @description Its id. */
                        id: string;
                    };
                    /** @description What about it is disputed. */
                    property: string;
                    /** @description The disagreement in a sentence. */
                    summary: string;
                    /**
                     * @description What kind of disagreement: `between_sources` (the default), `within_source`, `plan_and_event` or `inference`.
                     * @default between_sources
                     * @enum {string}
                     */
                    kind: "between_sources" | "within_source" | "plan_and_event" | "inference";
                    /** @description A note. */
                    note?: string | null;
                    /** @description Every version, with its evidence. */
                    versions: {
                        /** @description What this version holds. */
                        value: string;
                        /** @description The version as a date. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuote"][];
                    }[];
                };
                /** @description How sure the draft is, from 0 to 1: a name as printed or an explicit attribution is high, a surname, a pronoun or a title pointing back lower, a speaker carried over from the paragraph before lowest. */
                confidence: number;
            }[];
        };
        /**
         * @description A span of a source article that supports a fact.
         * @example {
         *       "id": "xinhua-2007-10-14:1257-1425",
         *       "source_id": "xinhua-2007-10-14",
         *       "start": 1257,
         *       "end": 1425,
         *       "exact": "At a press conference after Friday's talks, Russian Foreign\nMinister Sergei Lavrov said Moscow had urged the US to freeze the\nplan during consultations between experts."
         *     }
         */
        Evidence: {
            /** @description The span's id: `<source_id>:<start>-<end>`. */
            id: string;
            /** @description The source article the span lies in. */
            source_id: string;
            /** @description Offset of the first character, counted in UTF-16 code units into the source body. */
            start: number;
            /** @description Offset just past the last character. */
            end: number;
            /** @description The text at those offsets, exactly as printed (`source.body.slice(start, end)`). */
            exact: string;
        };
        /** @description A page of results. */
        EvidencePage: {
            /** @description This page's records. */
            data: components["schemas"]["EvidenceRecord"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description A span of a source that supports a fact: the exact words, with or without their offsets. */
        EvidenceQuote: {
            /** @description The source the words are in. */
            source_id: string;
            /** @description The words exactly as printed; line breaks and straight or curly quotes may be typed either way when no offsets are given. */
            exact: string;
            /** @description Offset of the first character. With `end`, the words must be exactly there; without, they are looked up and must occur once. */
            start?: number;
            /** @description Offset just past the last character. */
            end?: number;
        };
        /** @description A span of a source that supports a fact: the exact words, with or without their offsets. */
        EvidenceQuoteInput: {
            /** @description The source the words are in. */
            source_id: string;
            /** @description The words exactly as printed; line breaks and straight or curly quotes may be typed either way when no offsets are given. */
            exact: string;
            /** @description Offset of the first character. With `end`, the words must be exactly there; without, they are looked up and must occur once. */
            start?: number;
            /** @description Offset just past the last character. */
            end?: number;
        };
        /** @description An evidence span as a record of its own. */
        EvidenceRecord: {
            /** @description The span's id: `<source_id>:<start>-<end>`. */
            id: string;
            /** @description The source article the span lies in. */
            source_id: string;
            /** @description Offset of the first character, counted in UTF-16 code units into the source body. */
            start: number;
            /** @description Offset just past the last character. */
            end: number;
            /** @description The text at those offsets, exactly as printed (`source.body.slice(start, end)`). */
            exact: string;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
        };
        /** @description Liveness of the service and its database. */
        Health: {
            /**
             * @description Always `ok` when the service can answer.
             * @constant
             */
            status: "ok";
            /**
             * @description The database answered a query.
             * @constant
             */
            database: "ok";
        };
        /** @description A subject of negotiation. */
        Issue: {
            /** @description Readable id, e.g. `cfe-treaty`. */
            id: string;
            /** @description The issue's name. */
            name: string;
            /** @description What the issue is and what a stance toward it means. */
            description: string | null;
            /** @description The broader issue this one is part of. */
            parent_id: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description The parent, embedded (with `include=parent`). */
            parent?: components["schemas"]["IssueRef"] | null;
            /** @description Narrower issues (with `include=children`). */
            children?: components["schemas"]["IssueRef"][];
            /** @description Names as printed (with `include=aliases`). */
            aliases?: {
                /** @description The name as printed, misprints included. */
                name: string;
                /** @description A curator's note: inferences, caveats, cross-references. */
                note: string | null;
                /** @description The spans of the sources that support this fact. */
                evidence: components["schemas"]["Evidence"][];
            }[];
            /** @description Links to other issues (with `include=links`): its own (outgoing) first, in the order they were written, then those of other issues to it (incoming), by those issues' ids. */
            links?: components["schemas"]["IssueLink"][];
            /** @description Spans that state the issue (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A typed link from or to another issue. */
        IssueLink: {
            /**
             * @description How the issues are tied.
             * @enum {string}
             */
            kind: "package_deal" | "conditional_on" | "tradeoff" | "same_forum";
            /**
             * @description Whether this issue is the link's `from` (outgoing) or `to` (incoming) side.
             * @enum {string}
             */
            direction: "outgoing" | "incoming";
            /** @description The issue at the other end. */
            issue: components["schemas"]["IssueRef"];
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description The spans of the sources that support this fact. */
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        IssuePage: {
            /** @description This page's records. */
            data: components["schemas"]["Issue"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description An issue, named. */
        IssueRef: {
            /** @description The issue's id. */
            id: string;
            /** @description The issue's name. */
            name: string;
        };
        /** @description A new entry of a proposal's status history. */
        NewStatusEntry: {
            /**
             * @description The status the proposal entered.
             * @enum {string}
             */
            status: "floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded";
            /** @description Who moved it into this status. */
            actor_id?: string | null;
            /** @description When. */
            date?: {
                /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                value: string;
                /**
                 * @description How much of the value is known: year, month or day.
                 * @enum {string}
                 */
                precision: "year" | "month" | "day";
                /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                text: string | null;
                /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                basis: string | null;
            } | null;
            /** @description A note. */
            note?: string | null;
            /** @description The spans of the sources that support this fact. */
            evidence: components["schemas"]["EvidenceQuote"][];
        };
        /** @description A new entry of a proposal's status history. */
        NewStatusEntryInput: {
            /**
             * @description The status the proposal entered.
             * @enum {string}
             */
            status: "floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded";
            /** @description Who moved it into this status. */
            actor_id?: string | null;
            /** @description When. */
            date?: {
                /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                value: string;
                /**
                 * @description How much of the value is known: year, month or day.
                 * @enum {string}
                 */
                precision: "year" | "month" | "day";
                /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                text: string | null;
                /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                basis: string | null;
            } | null;
            /** @description A note. */
            note?: string | null;
            /** @description The spans of the sources that support this fact. */
            evidence: components["schemas"]["EvidenceQuoteInput"][];
        };
        /** @description Where each actor stood on an issue. */
        Positions: {
            issue: components["schemas"]["IssueRef"];
            /** @description The day the positions are given for (the end of `as_of`'s interval); null for the latest. */
            as_of: string | null;
            /** @description One entry per actor who spoke on the issue, ordered by actor id: a page of at most `limit` of them, fewer when the text of their statements would pass 262,144 bytes of UTF-8 (256 KiB); always at least one, whatever its size. */
            positions: {
                actor: components["schemas"]["ActorRef"];
                /**
                 * @description The stance of the actor's latest statement on the issue by `as_of`.
                 * @enum {string}
                 */
                stance: "supports" | "opposes" | "conditional" | "neutral";
                /** @description When the current stance began: the `known_by` day of the first statement of its unbroken run (the statements since the latest one with another stance). */
                since: string;
                /** @description How many of the actor's statements on the issue count by `as_of`. */
                statement_count: number;
                /** @description The latest `statements` of them (3 unless asked, at most 10), oldest first. All of them: `GET /statements?issue={issue}&speaker={actor}` (with `to` for `as_of`). */
                statements: {
                    /** @description The statement's id. */
                    id: string;
                    /**
                     * @description A direct quotation or a paraphrase.
                     * @enum {string}
                     */
                    kind: "direct_quote" | "paraphrase";
                    /** @description What was said. */
                    text: string;
                    /**
                     * @description Its stance toward the issue.
                     * @enum {string}
                     */
                    stance: "supports" | "opposes" | "conditional" | "neutral";
                    /** @description When it was said, if known. */
                    date: components["schemas"]["DateValue"] | null;
                    /** @description The day by which it had certainly been said: the end of its date's interval, or for an undated statement the earliest publication that reports it. */
                    known_by: string;
                }[];
            }[];
            /** @description Pass as `cursor` to get the next page of actors, which starts after the last actor of this one (a page may end before `limit` actors, so page on while it is set); null on the last page. */
            next_cursor: string | null;
        };
        /** @description An RFC 9457 problem details object. */
        Problem: {
            /** @description A URI reference naming the kind of problem; stable, for programs to branch on. */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /**
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /** @description What went wrong with this request, for a person to read. */
            detail: string;
            /** @description The request's id, as in its `X-Request-Id` answer header and in the service's logs: give it when reporting a problem. */
            request_id?: string;
            /** @description Each bad parameter or field, when the request failed validation: at most the first 50 (the detail gives the total). Text the request sent is echoed clipped to 300 characters. */
            errors?: {
                /** @description The parameter or field at fault, e.g. `query.limit`. */
                name: string;
                /** @description Why it was refused. */
                reason: string;
            }[];
            /** @description On a refused delete: every record that still refers to the one being deleted. */
            referrers?: {
                /** @description The collection of a record that still refers to this one. */
                collection: string;
                /** @description Its id. */
                id: string;
                /** @description The field that holds the reference. */
                field: string;
            }[];
            /** @description On a refused batch: the place (from 0) of the operation that failed. Nothing of the batch was written. */
            operation?: number;
        };
        /** @description An offer, demand, request or agreement. */
        Proposal: {
            /** @description Readable id. */
            id: string;
            /** @description A short title. */
            title: string;
            /**
             * @description Offer, demand, request or agreement.
             * @enum {string}
             */
            kind: "offer" | "demand" | "request" | "agreement";
            /** @description What was proposed. */
            summary: string;
            /** @description The larger proposal this one is an element of. */
            parent_id: string | null;
            /**
             * @description Current status: the latest history entry's.
             * @enum {string}
             */
            status: "floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded";
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description Who proposed it, to whom, who presented, endorsed or was briefed (with `include=participants`). */
            participants?: {
                actor: components["schemas"]["ActorRef"];
                /**
                 * @description The actor's part in the proposal.
                 * @enum {string}
                 */
                role: "proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party";
            }[];
            /** @description What it is about (with `include=issues`). */
            issues?: components["schemas"]["IssueRef"][];
            /** @description Status history, oldest first (with `include=history`). */
            history?: components["schemas"]["StatusEntry"][];
            /** @description Statements about or in response to it (with `include=statements`). */
            statements?: {
                /** @description The statement's id. */
                id: string;
                /** @description Who said it. */
                speaker_id: string | null;
                /** @description What was said. */
                text: string;
                /** @description When. */
                date: components["schemas"]["DateValue"] | null;
                /**
                 * @description The statement's stance toward this proposal.
                 * @enum {string}
                 */
                stance: "supports" | "opposes" | "conditional" | "neutral";
            }[];
            /** @description Spans that state the proposal (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        ProposalPage: {
            /** @description This page's records. */
            data: components["schemas"]["Proposal"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description A record that matches a search. */
        SearchHit: {
            /**
             * @description The collection the record belongs to.
             * @enum {string}
             */
            type: "source" | "statement" | "actor" | "issue" | "proposal" | "date";
            /** @description The record's id. */
            id: string;
            /** @description Where the whole record is: `/statements/lavrov-urged-freeze`. */
            href: string;
            /** @description The record's name, title, label, or for a statement its speaker as printed. */
            title: string;
            /** @description The best-matching passage, with the matched words in `<mark>…</mark>`. */
            snippet: string;
            /** @description Relevance: how often the query matched the record's title (weighted 5×) and text, against their lengths (BM25 without its word-rarity weight, since every word must match); higher is better. Comparable only within one search. */
            score: number;
        };
        /** @description A page of results. */
        SearchPage: {
            /** @description This page's records. */
            data: components["schemas"]["SearchHit"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description A source article. */
        Source: {
            /** @description Readable id: outlet and date, e.g. `xinhua-2007-10-14`. */
            id: string;
            /** @description The headline as printed; null when none is printed. */
            title: string | null;
            /** @description The publication; null when not printed. */
            outlet: string | null;
            /** @description The byline as printed; null when none. */
            author: string | null;
            /** @description The article's URL when printed. */
            url: string | null;
            /** @description Publication date; inferred when not printed (see `basis`), null when unknown. */
            published: components["schemas"]["DateValue"] | null;
            /** @description The date the article's relative expressions ("last week", "Monday") are counted from, when that is not its dateline, with the reasoning in `basis`: an article reposted under a later date, a text written days before it was stamped. Null when they count from `published`. */
            reference_date: components["schemas"]["DateValue"] | null;
            /** @description A curator's note: inferences, caveats, cross-references. */
            notes: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description The article verbatim. Included on a single source, or with `include=body`. */
            body?: string;
            /** @description Every evidence span cited from this source (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        SourcePage: {
            /** @description This page's records. */
            data: components["schemas"]["Source"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /**
         * @description Something an actor said: a quotation or an attributed paraphrase.
         * @example {
         *       "id": "lavrov-urged-freeze",
         *       "speaker_id": "sergei-lavrov",
         *       "speaker_label": "Russian Foreign Minister Sergei Lavrov",
         *       "kind": "paraphrase",
         *       "text": "Moscow urged the U.S. to freeze the missile defense plan during consultations between experts.",
         *       "date": {
         *         "value": "2007-10-12",
         *         "precision": "day",
         *         "text": "Friday's talks",
         *         "basis": "The Friday before the publication date of xinhua-2007-10-14 (a Sunday)."
         *       },
         *       "known_by": "2007-10-12",
         *       "known_by_source": null,
         *       "venue": "Press conference after the talks",
         *       "plover_type": "REQUEST",
         *       "responds_to_id": null,
         *       "note": null,
         *       "version": 1,
         *       "created_at": "2026-11-29T09:00:00.000Z",
         *       "updated_at": "2026-11-29T09:00:00.000Z",
         *       "evidence": [
         *         {
         *           "id": "xinhua-2007-10-14:1257-1425",
         *           "source_id": "xinhua-2007-10-14",
         *           "start": 1257,
         *           "end": 1425,
         *           "exact": "At a press conference after Friday's talks, Russian Foreign\nMinister Sergei Lavrov said Moscow had urged the US to freeze the\nplan during consultations between experts."
         *         }
         *       ]
         *     }
         */
        Statement: {
            /** @description Readable id. */
            id: string;
            /** @description The speaker, when known as an actor. */
            speaker_id: string | null;
            /** @description The speaker as printed ("a senior U.S. official"). */
            speaker_label: string | null;
            /**
             * @description A direct quotation or a paraphrase.
             * @enum {string}
             */
            kind: "direct_quote" | "paraphrase";
            /** @description What was said. Parts of a quotation interrupted by its attribution are joined by ` […] `. */
            text: string;
            /** @description When it was said; null when the sources do not say. */
            date: components["schemas"]["DateValue"] | null;
            /** @description The last day it can have been said (`YYYY-MM-DD`): the last day of `date`, or, when the articles do not date it, the day the earliest article reporting it (`known_by_source`) was written: its `reference_date` when it has one, else its publication. Undated statements stand at this day in the lists, the date filters, the timeline and `as_of`. Null only when no article reporting it is dated. */
            known_by: string | null;
            /** @description For a statement the articles do not date: the earliest article reporting it, whose day `known_by` is. Null when `date` is given. */
            known_by_source: string | null;
            /** @description Where it was said (news conference, interview…). */
            venue: string | null;
            /** @description The PLOVER event type. */
            plover_type: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT") | null;
            /** @description The statement this one answers. */
            responds_to_id: string | null;
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description Grows by one with every change; the record's ETag starts with it, and PATCH and DELETE must send it back in If-Match. */
            version: number;
            /** @description When the record was created through the API (ISO 8601); null for records from the seed. */
            created_at: string | null;
            /** @description When it last changed through the API; null for records from the seed. */
            updated_at: string | null;
            /** @description The speaker, embedded (with `include=speaker`). */
            speaker?: components["schemas"]["ActorRef"] | null;
            /** @description Issues it is about, with its stance (with `include=issues`). */
            issues?: {
                /** @description The issue's id. */
                id: string;
                /** @description The issue's name. */
                name: string;
                /**
                 * @description Stance toward the issue.
                 * @enum {string}
                 */
                stance: "supports" | "opposes" | "conditional" | "neutral";
            }[];
            /** @description Proposals it is about, with its stance (with `include=proposals`). */
            proposals?: {
                /** @description The proposal's id. */
                id: string;
                /** @description Its title. */
                title: string;
                /**
                 * @description Stance toward the proposal.
                 * @enum {string}
                 */
                stance: "supports" | "opposes" | "conditional" | "neutral";
            }[];
            /** @description Actors it addresses or mentions (with `include=actors`). */
            actors?: {
                /** @description The actor's id. */
                id: string;
                /** @description The actor's name. */
                name: string;
                /**
                 * @description Person, state, organization, group, or unnamed speaker.
                 * @enum {string}
                 */
                kind: "person" | "state" | "organization" | "group" | "unnamed";
                /**
                 * @description Addressed, or mentioned.
                 * @enum {string}
                 */
                role: "addressee" | "mentioned";
            }[];
            /** @description Spans that report it (with `include=evidence`). */
            evidence?: components["schemas"]["Evidence"][];
        };
        /** @description A page of results. */
        StatementPage: {
            /** @description This page's records. */
            data: components["schemas"]["Statement"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
        /** @description One entry of a proposal's status history. */
        StatusEntry: {
            /**
             * @description The status the proposal entered.
             * @enum {string}
             */
            status: "floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded";
            /** @description When, if the sources say. */
            date: components["schemas"]["DateValue"] | null;
            /** @description Who moved the proposal into this status. */
            actor_id: string | null;
            /** @description A curator's note: inferences, caveats, cross-references. */
            note: string | null;
            /** @description The spans of the sources that support this fact. */
            evidence: components["schemas"]["Evidence"][];
        };
        /** @description One entry of the merged timeline. */
        TimelineEntry: {
            /**
             * @description A dated happening (`date`), something said (`statement`), or a proposal entering a status (`status_change`).
             * @enum {string}
             */
            type: "date" | "statement" | "status_change";
            /** @description The entry's id: the date's or statement's id, or `<proposal_id>@<n>` for the n-th status of a proposal. */
            id: string;
            date: components["schemas"]["DateValue"];
            /**
             * @description The precision of `date`, repeated for convenience: entries of month or year precision are placed at the start of their interval.
             * @enum {string}
             */
            precision: "year" | "month" | "day";
            /** @description What happened: the label, the speaker and words, or the proposal and its new status. */
            title: string;
            /** @description The location, venue or curator's note, when there is one. */
            detail: string | null;
            /** @description Where to read the full record. */
            record: {
                /**
                 * @description The collection of the full record.
                 * @enum {string}
                 */
                type: "date" | "statement" | "proposal";
                /** @description Its id. */
                id: string;
            };
            /** @description True for a statement the articles do not date: it stands on the last day it can have been said (its `known_by`: the day the earliest article reporting it was written), and `date.basis` says so. */
            undated: boolean;
        };
        /** @description A page of results. */
        TimelinePage: {
            /** @description This page's records. */
            data: components["schemas"]["TimelineEntry"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Present when a filter named a record by its name or alias instead of its id: each such filter with the ids it was taken to mean (`{"speaker": "sergei-lavrov"}` for `speaker=lavrov`). Sending those ids asks the same question without the lookup. */
            resolved?: {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description A parameter is invalid; `errors` names each one. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/validation",
                 *       "title": "Invalid request",
                 *       "status": 400,
                 *       "detail": "A parameter is invalid; `errors` names each one.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or not a valid one. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "No API key, or not a valid one.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service is read-only: it was started without an API key. */
        ReadOnly: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/read-only",
                 *       "title": "Read-only service",
                 *       "status": 403,
                 *       "detail": "The service is read-only: it was started without an API key.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No record has this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No record has this id.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is no longer current: someone else changed the record. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/precondition-failed",
                 *       "title": "Precondition failed",
                 *       "status": 412,
                 *       "detail": "If-Match names a version that is no longer current: someone else changed the record.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 4 MB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The body is larger than 4 MB.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body refers to records that do not exist, or evidence that is not in its source; `errors` names each field. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unprocessable",
                 *       "title": "Unprocessable content",
                 *       "status": 422,
                 *       "detail": "The body refers to records that do not exist, or evidence that is not in its source; `errors` names each field.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match is missing. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/precondition-required",
                 *       "title": "Precondition required",
                 *       "status": 428,
                 *       "detail": "If-Match is missing.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many writes from this client; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/too-many-requests",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Too many writes from this client; retry after `Retry-After` seconds.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service is overloaded or the database unavailable; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The service is overloaded or the database unavailable; retry after `Retry-After` seconds.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database has no room for the write; nothing was written, and reads still work. */
        InsufficientStorage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/insufficient-storage",
                 *       "title": "Insufficient storage",
                 *       "status": 507,
                 *       "detail": "The database has no room for the write; nothing was written, and reads still work.",
                 *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The OpenAPI version, `3.1.0`. */
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness of the service and its database. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Default Response",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Only articles from this outlet, e.g. `Xinhua News Agency`. */
                outlet?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title, outlet, author or body, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `body`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The headline as printed. */
                    title?: string | null;
                    /** @description The publication. */
                    outlet?: string | null;
                    /** @description The byline. */
                    author?: string | null;
                    /** @description The article's URL. */
                    url?: string | null;
                    /** @description The publication date. */
                    published?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description The date its relative expressions are counted from, when that is not `published` (say why in `basis`). */
                    reference_date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description Notes on the source. */
                    notes?: string | null;
                    /** @description The article, verbatim. Offsets of evidence spans count into it, so it cannot change while spans cite it. */
                    body: string;
                };
            };
        };
        responses: {
            /** @description A source article. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `body`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A source article. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The headline as printed. */
                    title?: string | null;
                    /** @description The publication. */
                    outlet?: string | null;
                    /** @description The byline. */
                    author?: string | null;
                    /** @description The article's URL. */
                    url?: string | null;
                    /** @description The publication date. */
                    published?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description The date its relative expressions are counted from, when that is not `published` (say why in `basis`). */
                    reference_date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description Notes on the source. */
                    notes?: string | null;
                    /** @description The article, verbatim. Offsets of evidence spans count into it, so it cannot change while spans cite it. */
                    body?: string;
                };
            };
        };
        responses: {
            /** @description A source article. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportSourcesNdjson: {
        parameters: {
            query?: {
                /** @description Only articles from this outlet, e.g. `Xinhua News Agency`. */
                outlet?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title, outlet, author or body, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `body`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSourcesCsv: {
        parameters: {
            query?: {
                /** @description Only articles from this outlet, e.g. `Xinhua News Agency`. */
                outlet?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title, outlet, author or body, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draftSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example voa-2007-10-12
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A draft of what an article adds: nothing of it is written until an analyst commits it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            /** @description No source has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No source has this id.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query?: {
                /** @description Only spans in this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `voa-2007-10-12`. */
                source?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceQuoteInput"];
            };
        };
        responses: {
            /** @description The span already existed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description An evidence span as a record of its own. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportEvidenceNdjson: {
        parameters: {
            query?: {
                /** @description Only spans in this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `voa-2007-10-12`. */
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportEvidenceCsv: {
        parameters: {
            query?: {
                /** @description Only spans in this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `voa-2007-10-12`. */
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14:1257-1425
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An evidence span as a record of its own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14:1257-1425
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example xinhua-2007-10-14:1257-1425
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The words exactly as printed; line breaks and straight or curly quotes may be typed either way when no offsets are given. */
                    exact: string;
                    /** @description Offset of the first character. With `end`, the words must be exactly there; without, they are looked up and must occur once. */
                    start?: number;
                    /** @description Offset just past the last character. */
                    end?: number;
                };
            };
        };
        responses: {
            /** @description An evidence span as a record of its own. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Only actors of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("person" | "state" | "organization" | "group" | "unnamed")[];
                /** @description Only actors affiliated with this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                affiliation?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias as printed (so `William Gates` finds Robert Gates) or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `affiliation`, `aliases`, `roles`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The name. */
                    name: string;
                    /**
                     * @description Person, state, organization, group, or unnamed speaker.
                     * @enum {string}
                     */
                    kind: "person" | "state" | "organization" | "group" | "unnamed";
                    /** @description The state or body the actor belongs to. */
                    affiliation_id?: string | null;
                    /** @description Who the actor is. */
                    description?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description Titles and positions. */
                    roles?: {
                        /** @description The title as printed. */
                        title: string;
                        /** @description The body the role is held in. */
                        organization_id?: string | null;
                        /** @description When the role is held. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A person, state, organization, group or unnamed speaker. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getActor: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `affiliation`, `aliases`, `roles`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example sergei-lavrov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A person, state, organization, group or unnamed speaker. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example sergei-lavrov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example sergei-lavrov
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name. */
                    name?: string;
                    /**
                     * @description Person, state, organization, group, or unnamed speaker.
                     * @enum {string}
                     */
                    kind?: "person" | "state" | "organization" | "group" | "unnamed";
                    /** @description The state or body the actor belongs to. */
                    affiliation_id?: string | null;
                    /** @description Who the actor is. */
                    description?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description Titles and positions. */
                    roles?: {
                        /** @description The title as printed. */
                        title: string;
                        /** @description The body the role is held in. */
                        organization_id?: string | null;
                        /** @description When the role is held. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence?: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A person, state, organization, group or unnamed speaker. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportActorsNdjson: {
        parameters: {
            query?: {
                /** @description Only actors of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("person" | "state" | "organization" | "group" | "unnamed")[];
                /** @description Only actors affiliated with this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                affiliation?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias as printed (so `William Gates` finds Robert Gates) or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `affiliation`, `aliases`, `roles`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportActorsCsv: {
        parameters: {
            query?: {
                /** @description Only actors of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("person" | "state" | "organization" | "group" | "unnamed")[];
                /** @description Only actors affiliated with this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                affiliation?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias as printed (so `William Gates` finds Robert Gates) or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssues: {
        parameters: {
            query?: {
                /** @description Only sub-issues of this issue id; `none` for top-level issues. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                parent?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `parent`, `children`, `aliases`, `links`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The name. */
                    name: string;
                    /** @description What the issue is and what a stance toward it means. */
                    description?: string | null;
                    /** @description The broader issue. */
                    parent_id?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description Links from this issue to others. */
                    links?: {
                        /** @description The issue linked to. */
                        issue_id: string;
                        /**
                         * @description How the issues are tied.
                         * @enum {string}
                         */
                        kind: "package_deal" | "conditional_on" | "tradeoff" | "same_forum";
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A subject of negotiation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getIssue: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `parent`, `children`, `aliases`, `links`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-treaty
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A subject of negotiation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-treaty
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-treaty
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name. */
                    name?: string;
                    /** @description What the issue is and what a stance toward it means. */
                    description?: string | null;
                    /** @description The broader issue. */
                    parent_id?: string | null;
                    /** @description Names as printed. */
                    aliases?: {
                        /** @description The name as printed. */
                        name: string;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description Links from this issue to others. */
                    links?: {
                        /** @description The issue linked to. */
                        issue_id: string;
                        /**
                         * @description How the issues are tied.
                         * @enum {string}
                         */
                        kind: "package_deal" | "conditional_on" | "tradeoff" | "same_forum";
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence?: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A subject of negotiation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issue"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportIssuesNdjson: {
        parameters: {
            query?: {
                /** @description Only sub-issues of this issue id; `none` for top-level issues. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                parent?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `parent`, `children`, `aliases`, `links`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportIssuesCsv: {
        parameters: {
            query?: {
                /** @description Only sub-issues of this issue id; `none` for top-level issues. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                parent?: string;
                /** @description Words that must all occur, each as the start of a word, in the name, an alias or the description, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /** @description Only proposals whose current status is this. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only offers, demands, requests or agreements. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("offer" | "demand" | "request" | "agreement")[];
                /** @description Only proposals this actor takes part in (see `role`). Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                actor?: string;
                /** @description With `actor`, only where the actor has this role; alone, only proposals with a participant in this role. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                role?: ("proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party")[];
                /** @description Only proposals about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `cfe-treaty`. */
                issue?: string;
                /** @description Only elements of this proposal id; `none` for top-level proposals. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `us-missile-defense-offer`. */
                parent?: string;
                /** @description Only proposals that had this status at any point of their history (e.g. `rejected`, even if later reconsidered). Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                history_status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only proposals with a history entry made by this actor or by an actor affiliated with it (so `russia` includes Putin); combine with `history_status`. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                history_actor?: string;
                /** @description Only proposals with an entry of their status history whose date reaches this date or later (`2007`, `2007-10` or `2007-10-12`); with `to`, an entry in the range. With `history_status` or `history_actor`, the same entry (`history_status=rejected&from=2008`: rejected in 2008 or later). Partial dates count as the interval they cover; an undated entry is in no range. */
                from?: string;
                /** @description Only proposals with an entry of their status history whose date begins on or before this date; with `history_status` or `history_actor`, the same entry. */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title or summary, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `participants`, `issues`, `history`, `statements`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description A short title. */
                    title: string;
                    /**
                     * @description Offer, demand, request or agreement.
                     * @enum {string}
                     */
                    kind: "offer" | "demand" | "request" | "agreement";
                    /** @description What was proposed. */
                    summary: string;
                    /** @description The larger proposal this is an element of. */
                    parent_id?: string | null;
                    /** @description Who proposed it, to whom, and so on. */
                    participants: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Their part.
                         * @enum {string}
                         */
                        role: "proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party";
                    }[];
                    /** @description What it is about. */
                    issues: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The status history, oldest first; the current status is the last entry's. */
                    history: components["schemas"]["NewStatusEntryInput"][];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description An offer, demand, request or agreement. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getProposal: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `participants`, `issues`, `history`, `statements`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example us-missile-defense-offer
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An offer, demand, request or agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example us-missile-defense-offer
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example us-missile-defense-offer
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A short title. */
                    title?: string;
                    /**
                     * @description Offer, demand, request or agreement.
                     * @enum {string}
                     */
                    kind?: "offer" | "demand" | "request" | "agreement";
                    /** @description What was proposed. */
                    summary?: string;
                    /** @description The larger proposal this is an element of. */
                    parent_id?: string | null;
                    /** @description Who proposed it, to whom, and so on. */
                    participants?: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Their part.
                         * @enum {string}
                         */
                        role: "proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party";
                    }[];
                    /** @description What it is about. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The status history, oldest first; the current status is the last entry's. */
                    history?: components["schemas"]["NewStatusEntryInput"][];
                    /** @description The spans of the sources that support this fact. */
                    evidence?: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description An offer, demand, request or agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportProposalsNdjson: {
        parameters: {
            query?: {
                /** @description Only proposals whose current status is this. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only offers, demands, requests or agreements. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("offer" | "demand" | "request" | "agreement")[];
                /** @description Only proposals this actor takes part in (see `role`). Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                actor?: string;
                /** @description With `actor`, only where the actor has this role; alone, only proposals with a participant in this role. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                role?: ("proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party")[];
                /** @description Only proposals about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `cfe-treaty`. */
                issue?: string;
                /** @description Only elements of this proposal id; `none` for top-level proposals. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `us-missile-defense-offer`. */
                parent?: string;
                /** @description Only proposals that had this status at any point of their history (e.g. `rejected`, even if later reconsidered). Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                history_status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only proposals with a history entry made by this actor or by an actor affiliated with it (so `russia` includes Putin); combine with `history_status`. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                history_actor?: string;
                /** @description Only proposals with an entry of their status history whose date reaches this date or later (`2007`, `2007-10` or `2007-10-12`); with `to`, an entry in the range. With `history_status` or `history_actor`, the same entry (`history_status=rejected&from=2008`: rejected in 2008 or later). Partial dates count as the interval they cover; an undated entry is in no range. */
                from?: string;
                /** @description Only proposals with an entry of their status history whose date begins on or before this date; with `history_status` or `history_actor`, the same entry. */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title or summary, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `participants`, `issues`, `history`, `statements`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportProposalsCsv: {
        parameters: {
            query?: {
                /** @description Only proposals whose current status is this. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only offers, demands, requests or agreements. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("offer" | "demand" | "request" | "agreement")[];
                /** @description Only proposals this actor takes part in (see `role`). Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                actor?: string;
                /** @description With `actor`, only where the actor has this role; alone, only proposals with a participant in this role. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                role?: ("proposer" | "recipient" | "presenter" | "briefed" | "endorser" | "party")[];
                /** @description Only proposals about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `cfe-treaty`. */
                issue?: string;
                /** @description Only elements of this proposal id; `none` for top-level proposals. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `us-missile-defense-offer`. */
                parent?: string;
                /** @description Only proposals that had this status at any point of their history (e.g. `rejected`, even if later reconsidered). Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                history_status?: ("floated" | "tabled" | "under_consideration" | "countered" | "accepted" | "rejected" | "withdrawn" | "superseded")[];
                /** @description Only proposals with a history entry made by this actor or by an actor affiliated with it (so `russia` includes Putin); combine with `history_status`. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia`. */
                history_actor?: string;
                /** @description Only proposals with an entry of their status history whose date reaches this date or later (`2007`, `2007-10` or `2007-10-12`); with `to`, an entry in the range. With `history_status` or `history_actor`, the same entry (`history_status=rejected&from=2008`: rejected in 2008 or later). Partial dates count as the interval they cover; an undated entry is in no range. */
                from?: string;
                /** @description Only proposals with an entry of their status history whose date begins on or before this date; with `history_status` or `history_actor`, the same entry. */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the title or summary, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addProposalStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example russia-freeze-demand
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStatusEntryInput"];
            };
        };
        responses: {
            /** @description An offer, demand, request or agreement. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listStatements: {
        parameters: {
            query?: {
                /** @description Only statements by this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `sergei-lavrov`. */
                speaker?: string;
                /** @description Only statements by, addressed to, or mentioning this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iran`. */
                actor?: string;
                /** @description Only statements about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                issue?: string;
                /** @description Only statements about this proposal id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia-freeze-demand`. */
                proposal?: string;
                /** @description Only statements with this stance: toward `issue` or `proposal` when given, otherwise toward anything. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                stance?: ("supports" | "opposes" | "conditional" | "neutral")[];
                /** @description Only statements reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `xinhua-2007-10-14`. */
                source?: string;
                /** @description Only direct quotations or only paraphrases. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("direct_quote" | "paraphrase")[];
                /** @description Only statements of this PLOVER event type. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                plover?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT")[];
                /** @description Only statements answering this statement id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. For example `lavrov-urged-freeze`. */
                responds_to?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the text or venue, or the names and aliases of the speaker and the issues (`iran` finds Iran and Iranian; `Putin CFE` finds Putin on the Conventional Armed Forces in Europe Treaty), in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description `date`: earliest first (the default); `-date`: latest first. Each is a keyset order: any page costs what the first does. */
                sort?: "date" | "-date";
                /** @description Comma-separated relations to embed: `speaker`, `issues`, `proposals`, `actors`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The speaker, when known as an actor. */
                    speaker_id?: string | null;
                    /** @description The speaker as printed. */
                    speaker_label?: string | null;
                    /**
                     * @description A direct quotation or a paraphrase.
                     * @enum {string}
                     */
                    kind: "direct_quote" | "paraphrase";
                    /** @description What was said. */
                    text: string;
                    /** @description When it was said. */
                    date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description Where it was said. */
                    venue?: string | null;
                    /** @description The PLOVER event type. */
                    plover_type?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT") | null;
                    /** @description The statement this one answers. */
                    responds_to_id?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Issues it is about. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Proposals it is about. */
                    proposals?: {
                        /** @description The proposal. */
                        proposal_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Actors it addresses or mentions. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Addressed, or mentioned.
                         * @enum {string}
                         */
                        role: "addressee" | "mentioned";
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description Something an actor said: a quotation or an attributed paraphrase. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getStatement: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `speaker`, `issues`, `proposals`, `actors`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example lavrov-urged-freeze
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Something an actor said: a quotation or an attributed paraphrase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example lavrov-urged-freeze
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateStatement: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example lavrov-urged-freeze
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The speaker, when known as an actor. */
                    speaker_id?: string | null;
                    /** @description The speaker as printed. */
                    speaker_label?: string | null;
                    /**
                     * @description A direct quotation or a paraphrase.
                     * @enum {string}
                     */
                    kind?: "direct_quote" | "paraphrase";
                    /** @description What was said. */
                    text?: string;
                    /** @description When it was said. */
                    date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    } | null;
                    /** @description Where it was said. */
                    venue?: string | null;
                    /** @description The PLOVER event type. */
                    plover_type?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT") | null;
                    /** @description The statement this one answers. */
                    responds_to_id?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Issues it is about. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Proposals it is about. */
                    proposals?: {
                        /** @description The proposal. */
                        proposal_id: string;
                        /**
                         * @description Stance toward it.
                         * @enum {string}
                         */
                        stance: "supports" | "opposes" | "conditional" | "neutral";
                    }[];
                    /** @description Actors it addresses or mentions. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                        /**
                         * @description Addressed, or mentioned.
                         * @enum {string}
                         */
                        role: "addressee" | "mentioned";
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence?: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description Something an actor said: a quotation or an attributed paraphrase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportStatementsNdjson: {
        parameters: {
            query?: {
                /** @description Only statements by this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `sergei-lavrov`. */
                speaker?: string;
                /** @description Only statements by, addressed to, or mentioning this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iran`. */
                actor?: string;
                /** @description Only statements about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                issue?: string;
                /** @description Only statements about this proposal id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia-freeze-demand`. */
                proposal?: string;
                /** @description Only statements with this stance: toward `issue` or `proposal` when given, otherwise toward anything. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                stance?: ("supports" | "opposes" | "conditional" | "neutral")[];
                /** @description Only statements reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `xinhua-2007-10-14`. */
                source?: string;
                /** @description Only direct quotations or only paraphrases. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("direct_quote" | "paraphrase")[];
                /** @description Only statements of this PLOVER event type. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                plover?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT")[];
                /** @description Only statements answering this statement id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. For example `lavrov-urged-freeze`. */
                responds_to?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the text or venue, or the names and aliases of the speaker and the issues (`iran` finds Iran and Iranian; `Putin CFE` finds Putin on the Conventional Armed Forces in Europe Treaty), in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description `date`: earliest first (the default); `-date`: latest first. Each is a keyset order: any page costs what the first does. */
                sort?: "date" | "-date";
                /** @description Comma-separated relations to embed: `speaker`, `issues`, `proposals`, `actors`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportStatementsCsv: {
        parameters: {
            query?: {
                /** @description Only statements by this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `sergei-lavrov`. */
                speaker?: string;
                /** @description Only statements by, addressed to, or mentioning this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iran`. */
                actor?: string;
                /** @description Only statements about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                issue?: string;
                /** @description Only statements about this proposal id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia-freeze-demand`. */
                proposal?: string;
                /** @description Only statements with this stance: toward `issue` or `proposal` when given, otherwise toward anything. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                stance?: ("supports" | "opposes" | "conditional" | "neutral")[];
                /** @description Only statements reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `xinhua-2007-10-14`. */
                source?: string;
                /** @description Only direct quotations or only paraphrases. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("direct_quote" | "paraphrase")[];
                /** @description Only statements of this PLOVER event type. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                plover?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT")[];
                /** @description Only statements answering this statement id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. For example `lavrov-urged-freeze`. */
                responds_to?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the text or venue, or the names and aliases of the speaker and the issues (`iran` finds Iran and Iranian; `Putin CFE` finds Putin on the Conventional Armed Forces in Europe Treaty), in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description `date`: earliest first (the default); `-date`: latest first. Each is a keyset order: any page costs what the first does. */
                sort?: "date" | "-date";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPloverEvents: {
        parameters: {
            query?: {
                /** @description Only statements by this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `sergei-lavrov`. */
                speaker?: string;
                /** @description Only statements by, addressed to, or mentioning this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iran`. */
                actor?: string;
                /** @description Only statements about this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `missile-defense`. */
                issue?: string;
                /** @description Only statements about this proposal id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `russia-freeze-demand`. */
                proposal?: string;
                /** @description Only statements with this stance: toward `issue` or `proposal` when given, otherwise toward anything. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                stance?: ("supports" | "opposes" | "conditional" | "neutral")[];
                /** @description Only statements reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `xinhua-2007-10-14`. */
                source?: string;
                /** @description Only direct quotations or only paraphrases. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("direct_quote" | "paraphrase")[];
                /** @description Only statements of this PLOVER event type. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                plover?: ("AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT")[];
                /** @description Only statements answering this statement id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. For example `lavrov-urged-freeze`. */
                responds_to?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the text or venue, or the names and aliases of the speaker and the issues (`iran` finds Iran and Iranian; `Putin CFE` finds Putin on the Conventional Armed Forces in Europe Treaty), in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description `date`: earliest first (the default); `-date`: latest first. Each is a keyset order: any page costs what the first does. */
                sort?: "date" | "-date";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDates: {
        parameters: {
            query?: {
                /** @description Only dates of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary")[];
                /** @description Only dates involving this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `vladimir-putin`. */
                actor?: string;
                /** @description Only dates concerning this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `kosovo-status`. */
                issue?: string;
                /** @description Only dates reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iht-2007-10-22`. */
                source?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the label, location or note, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `actors`, `issues`, `evidence`. Nothing is embedded by default. */
                include?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /**
                     * @description What kind of happening or deadline.
                     * @enum {string}
                     */
                    kind: "meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary";
                    /** @description What happened or falls due. */
                    label: string;
                    /** @description When. */
                    date: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    };
                    /** @description Where. */
                    location?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Who was involved. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                    }[];
                    /** @description What it concerns. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A dated happening, deadline, expiry or anniversary. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Date"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getDate: {
        parameters: {
            query?: {
                /** @description Comma-separated relations to embed: `actors`, `issues`, `evidence`. Defaults to all. */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-suspension-decree
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dated happening, deadline, expiry or anniversary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Date"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-suspension-decree
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example cfe-suspension-decree
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What kind of happening or deadline.
                     * @enum {string}
                     */
                    kind?: "meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary";
                    /** @description What happened or falls due. */
                    label?: string;
                    /** @description When. */
                    date?: {
                        /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                        value: string;
                        /**
                         * @description How much of the value is known: year, month or day.
                         * @enum {string}
                         */
                        precision: "year" | "month" | "day";
                        /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                        text: string | null;
                        /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                        basis: string | null;
                    };
                    /** @description Where. */
                    location?: string | null;
                    /** @description A note. */
                    note?: string | null;
                    /** @description Who was involved. */
                    actors?: {
                        /** @description The actor. */
                        actor_id: string;
                    }[];
                    /** @description What it concerns. */
                    issues?: {
                        /** @description The issue. */
                        issue_id: string;
                    }[];
                    /** @description The spans of the sources that support this fact. */
                    evidence?: components["schemas"]["EvidenceQuoteInput"][];
                };
            };
        };
        responses: {
            /** @description A dated happening, deadline, expiry or anniversary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Date"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportDatesNdjson: {
        parameters: {
            query?: {
                /** @description Only dates of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary")[];
                /** @description Only dates involving this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `vladimir-putin`. */
                actor?: string;
                /** @description Only dates concerning this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `kosovo-status`. */
                issue?: string;
                /** @description Only dates reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iht-2007-10-22`. */
                source?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the label, location or note, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Comma-separated relations to embed: `actors`, `issues`, `evidence`. Nothing is embedded by default, as in the list. */
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDatesCsv: {
        parameters: {
            query?: {
                /** @description Only dates of this kind. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("meeting" | "deadline" | "signing" | "decree" | "expiry" | "announcement" | "summit" | "visit" | "election" | "briefing" | "anniversary")[];
                /** @description Only dates involving this actor id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `vladimir-putin`. */
                actor?: string;
                /** @description Only dates concerning this issue id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `kosovo-status`. */
                issue?: string;
                /** @description Only dates reported by this source id. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `iht-2007-10-22`. */
                source?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Words that must all occur, each as the start of a word, in the label, location or note, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConflicts: {
        parameters: {
            query?: {
                /** @description Only disagreements of this kind: between articles, within one article, a plan against a later event, or a reading of the knowledge base's own. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("between_sources" | "within_source" | "plan_and_event" | "inference")[];
                /** @description Only disagreements about this kind of record. */
                subject_type?: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                /** @description Only disagreements about this record id (of any collection; see `subject_type`). For example `robert-gates`. */
                subject_id?: string;
                /** @description Only disagreements in which this source id gives a version. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `times-2008`. */
                source?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A readable id for the new record; made from its name or text when omitted. */
                    id?: string;
                    /** @description The record the disagreement is about. */
                    subject: {
                        /**
                         * @description The kind of record disputed.
                         * @enum {string}
                         */
                        type: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                        /** @description Its id. */
                        id: string;
                    };
                    /** @description What about it is disputed. */
                    property: string;
                    /** @description The disagreement in a sentence. */
                    summary: string;
                    /**
                     * @description What kind of disagreement: `between_sources` (the default), `within_source`, `plan_and_event` or `inference`.
                     * @default between_sources
                     * @enum {string}
                     */
                    kind?: "between_sources" | "within_source" | "plan_and_event" | "inference";
                    /** @description A note. */
                    note?: string | null;
                    /** @description Every version, with its evidence. */
                    versions: {
                        /** @description What this version holds. */
                        value: string;
                        /** @description The version as a date. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                };
            };
        };
        responses: {
            /** @description A point on which the sources disagree. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportConflictsNdjson: {
        parameters: {
            query?: {
                /** @description Only disagreements of this kind: between articles, within one article, a plan against a later event, or a reading of the knowledge base's own. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("between_sources" | "within_source" | "plan_and_event" | "inference")[];
                /** @description Only disagreements about this kind of record. */
                subject_type?: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                /** @description Only disagreements about this record id (of any collection; see `subject_type`). For example `robert-gates`. */
                subject_id?: string;
                /** @description Only disagreements in which this source id gives a version. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `times-2008`. */
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportConflictsCsv: {
        parameters: {
            query?: {
                /** @description Only disagreements of this kind: between articles, within one article, a plan against a later event, or a reading of the knowledge base's own. Several values separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. */
                kind?: ("between_sources" | "within_source" | "plan_and_event" | "inference")[];
                /** @description Only disagreements about this kind of record. */
                subject_type?: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                /** @description Only disagreements about this record id (of any collection; see `subject_type`). For example `robert-gates`. */
                subject_id?: string;
                /** @description Only disagreements in which this source id gives a version. Several ids separated by commas (at most 10; a request's filters make at most 20 combinations) match any of them. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `times-2008`. */
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`text/csv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example start-1-expiry-year
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A point on which the sources disagree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example start-1-expiry-year
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description Other records still refer to this one; `referrers` lists them. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Other records still refer to this one; `referrers` lists them.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version being changed (required; without it the answer is 428). */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description The record's id.
                 * @example start-1-expiry-year
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The record the disagreement is about. */
                    subject?: {
                        /**
                         * @description The kind of record disputed.
                         * @enum {string}
                         */
                        type: "source" | "actor" | "issue" | "proposal" | "statement" | "date";
                        /** @description Its id. */
                        id: string;
                    };
                    /** @description What about it is disputed. */
                    property?: string;
                    /** @description The disagreement in a sentence. */
                    summary?: string;
                    /**
                     * @description What kind of disagreement: `between_sources` (the default), `within_source`, `plan_and_event` or `inference`.
                     * @default between_sources
                     * @enum {string}
                     */
                    kind?: "between_sources" | "within_source" | "plan_and_event" | "inference";
                    /** @description A note. */
                    note?: string | null;
                    /** @description Every version, with its evidence. */
                    versions?: {
                        /** @description What this version holds. */
                        value: string;
                        /** @description The version as a date. */
                        date?: {
                            /** @description ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`. */
                            value: string;
                            /**
                             * @description How much of the value is known: year, month or day.
                             * @enum {string}
                             */
                            precision: "year" | "month" | "day";
                            /** @description The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context. */
                            text: string | null;
                            /** @description How the value was reached: the publication date a relative expression was counted from, or the inference made. */
                            basis: string | null;
                        } | null;
                        /** @description A note. */
                        note?: string | null;
                        /** @description The spans of the sources that support this fact. */
                        evidence: components["schemas"]["EvidenceQuoteInput"][];
                    }[];
                };
            };
        };
        responses: {
            /** @description A point on which the sources disagree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            404: components["responses"]["NotFound"];
            /** @description The change would break evidence that cites the record. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The change would break evidence that cites the record.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description What to search for: at most 8 distinct words or "quoted phrases"; a prefix (`negotiat*`) needs at least 3 characters.
                 * @example missile defense
                 */
                q: string;
                /** @description Only records of this collection, named as in the hits (`statement`) or as in the paths (`statements`). */
                type?: "source" | "statement" | "actor" | "issue" | "proposal" | "date" | "sources" | "statements" | "actors" | "issues" | "proposals" | "dates";
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                /** @description Only entries about this issue id or any issue nested under it. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `cfe-treaty`. */
                issue?: string;
                /** @description Only entries involving this actor id: as participant, speaker, addressee, or mentioned. A name or alias instead of an id is taken for the one record it names (the page's `resolved` says which). For example `vladimir-putin`. */
                actor?: string;
                /** @description Only entries of this type. */
                type?: "date" | "statement" | "status_change";
                /** @description Words that must all occur, each as the start of a word, in the entry's record: the date's label and place, the statement's text and venue, or the title and summary of the proposal whose status changed, in any of their forms and in British or American spelling (`negotiating` finds negotiations, `defence` finds defense). Case and accents are ignored; a word repeated counts once. At most 8 distinct words (more is a 400), and words shorter than 3 characters match whole words only. */
                q?: string;
                /** @description Only records whose date interval reaches this date or later (`2007`, `2007-10` or `2007-10-12`). Partial dates count as the interval they cover. */
                from?: string;
                /** @description Only records whose date interval begins on or before this date (`2007`, `2007-10` or `2007-10-12`). */
                to?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIssuePositions: {
        parameters: {
            query?: {
                /**
                 * @description A day (`2007-10-13`), month or year; positions as they stood at its end.
                 * @example 2007-10-13
                 */
                as_of?: string;
                /** @description How many of each actor's latest statements to list, 0–10; 3 unless asked. With 0, a position still gives the stance, `since` and `statement_count`. */
                statements?: number;
                /** @description How many actors a page lists at most, 1–100; 16 unless asked. A page ends sooner when the next actor's statements would take its text past 262,144 bytes of UTF-8 (256 KiB). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id.
                 * @example missile-defense
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where each actor stood on an issue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Positions"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No issue has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No issue has this id.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Only writes to this collection. */
                collection?: "sources" | "evidence" | "actors" | "issues" | "proposals" | "statements" | "dates" | "conflicts";
                /** @description Only writes to this record (combine with `collection`). */
                record_id?: string;
                /** @description Only writes at or after this time. */
                since?: string;
                /** @description Only writes before this time. */
                until?: string;
                /** @description Most entries in the page, 1–100. A page also stops before its snapshots would pass 1 MB (1,048,576 bytes), so it may hold fewer. */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the change log, capped at `limit` entries and 1 MB (1,048,576 bytes) of snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/read-only",
                     *       "title": "Read-only service",
                     *       "status": 403,
                     *       "detail": "Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This client already has 8 searches and views in flight (per client address), or, where the deployment sets `CHANGES_ACCESS=key`, it offered too many refused API keys; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address), or, where the deployment sets `CHANGES_ACCESS=key`, it offered too many refused API keys; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The entry's `id`, its position in the log.
                 * @example 1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One successful write, as the append-only change log keeps it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/read-only",
                     *       "title": "Read-only service",
                     *       "status": 403,
                     *       "detail": "Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No entry of the log has this id (an id is a whole number; anything else is answered the same way). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No entry of the log has this id (an id is a whole number; anything else is answered the same way).",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This client already has 8 searches and views in flight (per client address), or, where the deployment sets `CHANGES_ACCESS=key`, it offered too many refused API keys; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This client already has 8 searches and views in flight (per client address), or, where the deployment sets `CHANGES_ACCESS=key`, it offered too many refused API keys; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    batchWrites: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The writes, applied in this order (1 to 1000). */
                    operations: {
                        /**
                         * @description The write's method.
                         * @enum {string}
                         */
                        method: "POST" | "PATCH" | "DELETE";
                        /** @description The write's path, as the operation takes it: `/statements`, `/actors/sergei-lavrov`, `/proposals/russia-freeze-demand/statuses`. */
                        path: string;
                        /** @description The write's body, exactly as the operation takes it (none for a DELETE). */
                        body?: unknown;
                        /** @description The record's ETag (or its version in quotes, `"3"`), for the operations that need If-Match. */
                        if_match?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Every write of the batch was applied, in one transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResults"];
                };
            };
            /** @description The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "The body or a parameter is invalid, or its quotes given without offsets would search more than 20,000,000 characters of sources in all (give start and end, or split the write); `errors` names each field.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ReadOnly"];
            /** @description An operation names a record that does not exist; `operation` says which. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "An operation names a record that does not exist; `operation` says which.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An operation would break what other records hold (a delete while others refer to it); `operation` says which. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "An operation would break what other records hold (a delete while others refer to it); `operation` says which.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An operation's `if_match` is no longer current; `operation` says which. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "An operation's `if_match` is no longer current; `operation` says which.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            /** @description An operation that needs `if_match` has none; `operation` says which. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "An operation that needs `if_match` has none; `operation` says which.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    exportKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed (`application/x-ndjson`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The client's copy (its `If-None-Match`) is current: nothing has been written since. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description 4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "4 exports are already streaming, or the service is overloaded; retry after `Retry-After` seconds.",
                     *       "request_id": "6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
