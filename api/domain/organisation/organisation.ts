/** A tenant: one support organisation. Its weeks and business days are read in `timeZone`. */
export interface Organisation {
  id: string;
  name: string;
  timeZone: string;
}
