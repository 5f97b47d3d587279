import * as v from 'valibot';

/**
 * The report contract (schema version 1) as a validator, for tests, fuzzing and tools that read exports.
 * Objects are open (unknown keys allowed) because the contract is extended, never renamed.
 */
const Service = v.picklist(['ring', 'alexa', 'amazon']);
const Risk = v.picklist(['high', 'medium', 'low', 'info']);
const Scalar = v.union([v.string(), v.number(), v.boolean(), v.null()]);

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
      evidence: v.object({ source: v.string(), field: v.string() }),
      details: v.record(v.string(), Scalar),
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
        title: v.string(),
        explanation: v.string(),
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
      provisional: v.boolean(),
      formula: v.string(),
      costs: v.array(v.object({ findingId: v.string(), subjectName: v.string(), title: v.string(), risk: Risk, points: v.number() })),
      coverage: v.object({
        complete: v.boolean(),
        sourcesRead: v.number(),
        sourcesTotal: v.number(),
        gaps: v.array(v.object({ source: v.string(), unknown: v.number(), url: v.nullable(v.pipe(v.string(), v.url())) })),
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
        }),
      ),
    }),
  ),
});

/** Issues of a value against the report contract, as `path: message` lines; empty when it conforms. */
export function reportIssues(value: unknown): string[] {
  const result = v.safeParse(ReportSchema, value);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? '$'}: ${i.message}`);
}
