/**
 * JSON Schema (draft 2020-12) of the CLI's parameters file, for editors and other tools. The
 * validator in json.ts is the reference; a test checks that every key here is handled there and
 * the reverse, and that each `examples` value is accepted.
 */

const money = {
  description: 'Euro: a number of euros or a decimal string with at most two decimals ("60000.00").',
  oneOf: [
    { type: 'number', minimum: 0, multipleOf: 0.01 },
    { type: 'string', pattern: '^[0-9]{1,13}(\\.[0-9]{1,2})?$' },
  ],
} as const;

const percent = { type: 'number', minimum: 0, maximum: 100 } as const;

export const PARAMS_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://premia.example/params.schema.json',
  title: 'Premia parameters file',
  description: 'Parameters of the distribution (docs/parameters-json.md). Keys absent keep the sheet value.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', minLength: 1, examples: ['./params.schema.json'] },
    comune: { type: 'string', minLength: 1, examples: ['Comune di Valdoria'] },
    year: { type: 'integer', minimum: 2000, maximum: 2100, examples: [2025] },
    fund: { ...money, examples: ['60000.00', 60000] },
    reserve: { ...money, examples: ['4000.00'] },
    defaultMethod: { enum: ['coefficient', 'relevance', 'weight'], examples: ['relevance'] },
    pools: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          tipologie: {
            type: 'array',
            uniqueItems: true,
            items: { enum: ['generale', 'intersettoriale', 'settore', 'obiettivi'] },
          },
          amount: money,
          percent,
          method: { enum: ['coefficient', 'relevance', 'weight'], default: 'coefficient' },
        },
        not: { required: ['amount', 'percent'] },
      },
      examples: [
        [
          { name: 'Progetti intersettoriali', tipologie: ['intersettoriale'], amount: '12000.00' },
          {
            name: 'Progetti generali e di settore',
            tipologie: ['generale', 'settore'],
            method: 'coefficient',
          },
        ],
      ],
    },
    categoryPoints: {
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'number', minimum: 0 },
      examples: [{ strategico: 50, innovativo: 30, 'una tantum': 5 }],
    },
    headcountBands: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['min', 'coefficient'],
        properties: {
          min: { type: 'integer', minimum: 1 },
          coefficient: { type: 'number', minimum: 0 },
        },
      },
      examples: [
        [
          { min: 1, coefficient: 1 },
          { min: 5, coefficient: 2 },
        ],
      ],
    },
    sogliaPolicy: { enum: ['proportional', 'full'], examples: ['full'] },
    latePenaltyPerMonth: { ...percent, examples: [20] },
    atMostPolicy: { enum: ['binary', 'proportional'], examples: ['proportional'] },
    payoutCurve: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'payout'],
        properties: {
          from: percent,
          payout: { oneOf: [{ const: 'proportional' }, percent] },
        },
      },
      examples: [
        [
          { from: 0, payout: 0 },
          { from: 60, payout: 'proportional' },
          { from: 90, payout: 100 },
        ],
      ],
    },
    partTime: { type: 'boolean', examples: [false] },
    fullTimeHours: { type: 'number', exclusiveMinimum: 0, examples: [35] },
    individualEvaluation: { type: 'boolean', examples: [true] },
    absenceReduction: { type: 'boolean', examples: [true] },
    absencePercentPerDay: { ...percent, examples: [0.5] },
    redistributeEconomie: { type: 'boolean', examples: [true] },
    differentiationPremiumPercent: { ...percent, examples: [35] },
    differentiationMinStaffPercent: { ...percent, examples: [15] },
    paymentTimesMinWeight: { ...percent, examples: [40] },
  },
} as const;
