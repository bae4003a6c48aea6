import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A tenant: one support organisation and its planning settings. */
@Entity({ name: "organisations" })
export class OrganisationEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "organisations_pkey" })
  id: string;

  @Column({ type: "text" })
  name: string;

  /** The zone in which the organisation's weeks and business days are read. */
  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
