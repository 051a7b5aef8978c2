/** The columns of an observations table, the required ones first, in the order a header usually has them. */
export const OBSERVATION_COLUMNS = [
  "indicator",
  "region",
  "period",
  "value",
  "unit",
  "status",
  "source",
  "indicator_id",
  "published_on",
  "url",
  "value_as_written",
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

export const REQUIRED_COLUMNS: ReadonlySet<ObservationColumn> = new Set([
  "indicator",
  "region",
  "period",
  "value",
  "unit",
  "status",
  "source",
]);

/** Which column a field of an Observation comes from, to place the schema's problems on a cell. */
export const FIELD_COLUMNS: Readonly<Record<string, ObservationColumn>> = {
  "indicator.name": "indicator",
  "indicator.id": "indicator_id",
  region: "region",
  period: "period",
  value: "value",
  valueAsWritten: "value_as_written",
  unit: "unit",
  status: "status",
  "vintage.source": "source",
  "vintage.publishedOn": "published_on",
  "vintage.url": "url",
};
