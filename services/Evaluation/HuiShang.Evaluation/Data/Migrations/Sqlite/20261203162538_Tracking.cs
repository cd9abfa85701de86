using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Evaluation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotent_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    response_type = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    response_bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotent_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tracking_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    jurisdiction_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    agreement_version = table.Column<int>(type: "INTEGER", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    fulfilled_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    history_head = table.Column<string>(type: "TEXT", maxLength: 72, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "filings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    filed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    late = table.Column<bool>(type: "INTEGER", nullable: false),
                    returned = table.Column<bool>(type: "INTEGER", nullable: false),
                    returned_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    returned_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    returned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    timetable = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    roadmap = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    responsible_people = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings", x => x.id);
                    table.ForeignKey(
                        name: "FK_filings_tracking_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "tracking_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "obligations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    owner_side = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    lead_unit = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    co_units = table.Column<string>(type: "TEXT", nullable: false),
                    responsible_person = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    division = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    done_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    done_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    accepted_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    returned_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_obligations", x => x.id);
                    table.ForeignKey(
                        name: "FK_obligations_tracking_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "tracking_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "overdue_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    raised_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_raised_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    cleared_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overdue_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_overdue_notices_tracking_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "tracking_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tracking_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    client_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 72, nullable: false, defaultValue: ""),
                    hash = table.Column<string>(type: "TEXT", maxLength: 72, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_tracking_history_tracking_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "tracking_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tracking_plan_terms",
                columns: table => new
                {
                    tracking_plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    policy_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reporting_rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ledger_due_days = table.Column<int>(type: "INTEGER", nullable: true),
                    annual_report_month = table.Column<int>(type: "INTEGER", nullable: true),
                    annual_report_day = table.Column<int>(type: "INTEGER", nullable: true),
                    escalation_days = table.Column<int>(type: "INTEGER", nullable: true),
                    implementation_rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    plan_rule_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_plan_terms", x => x.tracking_plan_id);
                    table.ForeignKey(
                        name: "FK_tracking_plan_terms_tracking_plans_tracking_plan_id",
                        column: x => x.tracking_plan_id,
                        principalTable: "tracking_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filing_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    progress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    money_arrived = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    milestone = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    attachments = table.Column<string>(type: "TEXT", nullable: false),
                    filing_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filing_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_filing_entries_filings_filing_id",
                        column: x => x.filing_id,
                        principalTable: "filings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_filing_entries_filing_id",
                table: "filing_entries",
                column: "filing_id");

            migrationBuilder.CreateIndex(
                name: "IX_filings_plan_id_kind_year_quarter_revision",
                table: "filings",
                columns: new[] { "plan_id", "kind", "year", "quarter", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_idempotent_responses_subject_key",
                table: "idempotent_responses",
                columns: new[] { "subject", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_obligations_division",
                table: "obligations",
                column: "division");

            migrationBuilder.CreateIndex(
                name: "IX_obligations_plan_id",
                table: "obligations",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_overdue_notices_plan_id_key",
                table: "overdue_notices",
                columns: new[] { "plan_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tracking_history_plan_id_id",
                table: "tracking_history",
                columns: new[] { "plan_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_tracking_plans_jurisdiction_code_status",
                table: "tracking_plans",
                columns: new[] { "jurisdiction_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_tracking_plans_region_code_status",
                table: "tracking_plans",
                columns: new[] { "region_code", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filing_entries");

            migrationBuilder.DropTable(
                name: "idempotent_responses");

            migrationBuilder.DropTable(
                name: "obligations");

            migrationBuilder.DropTable(
                name: "overdue_notices");

            migrationBuilder.DropTable(
                name: "tracking_history");

            migrationBuilder.DropTable(
                name: "tracking_plan_terms");

            migrationBuilder.DropTable(
                name: "filings");

            migrationBuilder.DropTable(
                name: "tracking_plans");
        }
    }
}
