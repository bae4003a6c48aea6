import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { OrganisationEntity } from "./organisation.entity";
import { UserEntity } from "./user.entity";

/**
 * One attrition cohort's curve: the latest estimate from the organisation's agent history (with the
 * counts behind it) and, kept apart so reverting is lossless, the director's edited weekly hazards.
 */
@Entity({ name: "capacity_attrition_curves" })
@Check(
  "capacity_attrition_curves_edited_length_check",
  `"edited_hazard_fractions" IS NULL OR cardinality("edited_hazard_fractions") = 52`,
)
export class CapacityAttritionCurveEntity {
  @PrimaryColumn({ name: "organisation_id", type: "uuid", primaryKeyConstraintName: "capacity_attrition_curves_pkey" })
  organisationId: string;

  @PrimaryColumn({ name: "attrition_cohort", type: "text", primaryKeyConstraintName: "capacity_attrition_curves_pkey" })
  attritionCohort: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "capacity_attrition_curves_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "jsonb" })
  estimate: object;

  @Column({ name: "estimated_from_date", type: "date" })
  estimatedFromDate: string;

  @Column({ name: "estimated_to_date", type: "date" })
  estimatedToDate: string;

  @Column({ name: "estimated_at", type: "timestamptz" })
  estimatedAt: Date;

  @Column({ name: "edited_hazard_fractions", type: "double precision", array: true, nullable: true })
  editedHazardFractions: number[] | null;

  @Column({ name: "edited_at", type: "timestamptz", nullable: true })
  editedAt: Date | null;

  @Column({ name: "edited_by_user_id", type: "uuid", nullable: true })
  editedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: "SET NULL" })
  @JoinColumn({
    name: "edited_by_user_id",
    foreignKeyConstraintName: "capacity_attrition_curves_edited_by_user_id_fkey",
  })
  editedBy?: Relation<UserEntity>;
}
