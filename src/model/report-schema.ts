import * as v from 'valibot';

/**
 * The report contract (schema version 1) as a validator, for tests, fuzzing and tools that read exports.
 * Objects are open (unknown keys allowed) because the contract is extended, never renamed.
 */
const Service = v.picklist(['ring', 'alexa', 'amazon']);
const Risk = v.picklist(['high', 'medium', 'low', 'info']);
const Scalar = v.union([v.string(), v.number(), v.boolean(), v.null()]);
/** Someone else's subject (a device shared with the user, a location they were invited to): set by its owner. */
const Whose = { controlledBy: v.optional(v.literal('owner')), ownerName: v.optional(v.pipe(v.string(), v.minLength(1))) };
/** A read time: ISO 8601 with its offset, and what that time is (added fields; reports of older versions lack them). */
const ReadAt = v.pipe(v.string(), v.isoTimestamp());
const ReadAtKind = v.picklist(['captured', 'har-entry', 'file', 'scan', 'report']);

export const ReportSchema = v.object({
  schemaVersion: v.literal(1),
  tool: v.object({ name: v.string(), version: v.string() }),
  generatedAt: v.string(),
  locale: v.string(),
  sources: v.array(
    v.object({
      id: v.string(),
      service: Service,
      kind: v.string(),
      status: v.picklist(['read', 'partial', 'unrecognized', 'error']),
      origin: v.string(),
      location: v.optional(v.string()),
      readAt: v.optional(ReadAt),
      readAtKind: v.optional(ReadAtKind),
      file: v.optional(v.string()),
      capturedAt: v.optional(v.string()),
      diagnostics: v.array(v.object({ level: v.picklist(['info', 'warning', 'error']), code: v.string(), at: v.optional(v.string()), message: v.string() })),
    }),
  ),
  devices: v.array(
    v.object({
      id: v.string(),
      service: Service,
      name: v.string(),
      category: v.string(),
      maker: v.string(),
      via: v.object({ kind: v.string(), id: v.string(), name: v.string() }),
      owned: v.nullable(v.boolean()),
      knownOnlyBySettings: v.optional(v.literal(true)),
    }),
  ),
  findings: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[a-z]+\.[a-z0-9-]+$/)),
      service: Service,
      subject: v.object({ type: v.picklist(['device', 'location', 'account', 'skill', 'app']), id: v.string(), name: v.string() }),
      risk: v.picklist(['high', 'medium', 'low', 'info']),
      title: v.pipe(v.string(), v.minLength(1)),
      explanation: v.pipe(v.string(), v.minLength(1)),
      recipients: v.array(v.object({ id: v.string(), name: v.string() })),
      optOut: v.object({ steps: v.array(v.string()), url: v.pipe(v.string(), v.url()) }),
      evidence: v.object({
        source: v.string(),
        field: v.string(),
        // The exact document read (URL with the device id, else the file) and when: added fields.
        location: v.optional(v.string()),
        readAt: v.optional(ReadAt),
        readAtKind: v.optional(ReadAtKind),
        file: v.optional(v.string()),
      }),
      details: v.record(v.string(), Scalar),
      ...Whose,
    }),
  ),
  policePaths: v.optional(
    v.array(
      v.object({
        deviceId: v.string(),
        deviceName: v.string(),
        state: v.picklist(['open', 'closed-e2ee', 'closed-no-cloud', 'local-only', 'unknown']),
        retentionDays: v.nullable(v.number()),
        closers: v.array(v.picklist(['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'])),
        evidence: v.optional(v.string()),
        evidenceFields: v.optional(v.array(v.string())),
        evidenceField: v.optional(v.string()),
        evidenceLocation: v.optional(v.string()),
        evidenceReadAt: v.optional(ReadAt),
        evidenceReadAtKind: v.optional(ReadAtKind),
        title: v.string(),
        explanation: v.string(),
        ...Whose,
      }),
    ),
  ),
  manualChecks: v.optional(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.regex(/^[a-z]+\.[a-z0-9-]+$/)),
        service: Service,
        risk: v.picklist(['high', 'medium', 'low', 'info']),
        title: v.pipe(v.string(), v.minLength(1)),
        explanation: v.pipe(v.string(), v.minLength(1)),
        steps: v.array(v.string()),
        url: v.pipe(v.string(), v.url()),
        urlVerified: v.boolean(),
        minutes: v.number(),
        where: v.picklist(['ring-app', 'alexa-app', 'echo-device', 'amazon-web']),
        regions: v.nullable(v.array(v.string())),
        state: v.picklist(['unanswered', 'done', 'not-now']),
        answeredAt: v.nullable(v.string()),
        statedBy: v.literal('user'),
      }),
    ),
  ),
  unknownSettings: v.optional(
    v.array(
      v.object({
        service: Service,
        label: v.pipe(v.string(), v.minLength(1)),
        state: v.nullable(v.picklist(['on', 'off'])),
        where: v.object({ page: v.string(), deviceId: v.optional(v.string()), deviceName: v.optional(v.string()) }),
        readAt: v.nullable(v.string()),
      }),
    ),
  ),
  featureSpread: v.optional(
    v.array(
      v.object({
        feature: v.picklist(['search-party', 'fire-watch', 'audio-recording', 'snapshot-capture', 'familiar-faces']),
        on: v.array(v.object({ id: v.string(), name: v.string() })),
        off: v.number(),
        unknown: v.number(),
        total: v.number(),
      }),
    ),
  ),
  vendorChanges: v.optional(
    v.array(
      v.object({
        id: v.string(),
        date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
        service: v.picklist(['ring', 'amazon']),
        text: v.pipe(v.string(), v.minLength(1)),
        touches: v.object({ echo: v.number(), cameras: v.number() }),
        source: v.object({ url: v.pipe(v.string(), v.url()), publisher: v.string(), published: v.string() }),
      }),
    ),
  ),
  knowledgeDate: v.optional(v.pipe(v.string(), v.isoDate())),
  history: v.optional(
    v.array(
      v.object({
        scanId: v.string(),
        at: v.string(),
        origin: v.string(),
        sources: v.number(),
        firstRead: v.boolean(),
        earlier: v.optional(v.number()),
        changes: v.array(
          v.object({
            kind: v.string(),
            findingId: v.optional(v.string()),
            subject: v.object({ type: v.string(), id: v.string(), name: v.string() }),
            detail: v.optional(v.object({ key: v.string(), before: Scalar, after: Scalar })),
            worse: v.boolean(),
            newlyRead: v.optional(v.boolean()),
            text: v.string(),
          }),
        ),
      }),
    ),
  ),
  // ---- official data exports (issue 30): every file counted and dated ----
  exports: v.optional(
    v.array(
      v.object({
        service: v.picklist(['amazon', 'ring', 'unknown']),
        kind: v.string(),
        label: v.string(),
        readAt: v.string(),
        files: v.array(
          v.object({
            path: v.string(),
            bytes: v.pipe(v.number(), v.minValue(0)),
            rows: v.nullable(v.pipe(v.number(), v.minValue(0))),
            status: v.picklist(['read', 'inventoried']),
            firstDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
            lastDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
            note: v.nullable(v.string()),
          }),
        ),
      }),
    ),
  ),
  summary: v.optional(
    v.object({
      grade: v.picklist(['A', 'B', 'C', 'D', 'E', 'F', '?']),
      score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
      bestPossibleGrade: v.optional(v.picklist(['A', 'B', 'C', 'D', 'E', 'F'])),
      bestPossibleScore: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
      unknownPolicePaths: v.optional(v.pipe(v.number(), v.minValue(1))),
      missing: v.optional(v.string()),
      provisional: v.boolean(),
      formula: v.string(),
      costs: v.array(v.object({ findingId: v.string(), subjectName: v.string(), title: v.string(), risk: Risk, points: v.number() })),
      coverage: v.object({
        complete: v.boolean(),
        sourcesRead: v.number(),
        sourcesTotal: v.number(),
        gaps: v.array(
          v.object({
            source: v.string(),
            unknown: v.number(),
            url: v.nullable(v.pipe(v.string(), v.url())),
            reason: v.optional(v.literal('unreadable')),
          }),
        ),
      }),
      actions: v.array(
        v.object({
          id: v.string(),
          findingId: v.string(),
          service: Service,
          risk: Risk,
          title: v.pipe(v.string(), v.minLength(1)),
          devices: v.array(v.object({ id: v.string(), name: v.string(), type: v.string() })),
          closesPolicePaths: v.number(),
          recipients: v.array(v.string()),
          reach: v.number(),
          place: v.object({ kind: v.picklist(['app', 'web']), text: v.string(), url: v.nullable(v.pipe(v.string(), v.url())) }),
          minutes: v.number(),
          ...Whose,
        }),
      ),
      // Only the user's own findings cost points; what others control is said per owner here.
      sharedWithYou: v.optional(
        v.array(
          v.object({
            ownerName: v.nullable(v.string()),
            devices: v.array(v.object({ id: v.string(), name: v.string() })),
            openPolicePaths: v.number(),
            text: v.pipe(v.string(), v.minLength(1)),
          }),
        ),
      ),
    }),
  ),
  mergeNotes: v.optional(
    v.array(
      v.object({
        code: v.picklist(['capture-conflict', 'newer-unreadable', 'newer-read-failed']),
        subject: v.object({ type: v.picklist(['device', 'location']), id: v.string(), name: v.string() }),
        field: v.optional(v.string()),
        sources: v.array(v.string()),
        capturedAt: v.nullable(v.string()),
        message: v.pipe(v.string(), v.minLength(1)),
      }),
    ),
  ),
  access: v.optional(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.minLength(1)),
        kind: v.picklist(['person', 'client', 'service', 'device', 'app']),
        service: Service,
        name: v.pipe(v.string(), v.minLength(1)),
        detail: v.string(),
        verified: v.nullable(v.boolean()),
        firstSeen: v.nullable(v.string()),
        evidence: v.object({ source: v.string(), field: v.string() }),
        remove: v.object({ steps: v.array(v.string()), url: v.pipe(v.string(), v.url()) }),
      }),
    ),
  ),
});

/** Issues of a value against the report contract, as `path: message` lines; empty when it conforms. */
export function reportIssues(value: unknown): string[] {
  const result = v.safeParse(ReportSchema, value);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? '$'}: ${i.message}`);
}
