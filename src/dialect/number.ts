// The plain number the dialect rules test cells against (`12`, `-3.5`, `.5`, `1e-3`): no grouping, no decimal comma.
export const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
