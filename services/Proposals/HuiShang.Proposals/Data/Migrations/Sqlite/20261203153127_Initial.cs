using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    jurisdiction_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    policy_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consumer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    message_type = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    trace_parent = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    jurisdiction_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    call_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    planned_meeting_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    city_meeting_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    previous_round_summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    urgent_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    rd_gdp_ratio = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    rd_gdp_ratio_previous = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    fiscal_st_spending_growth = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    regular_revenue_growth = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    selection_tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    theme_city = table.Column<bool>(type: "INTEGER", nullable: false),
                    selected_year = table.Column<int>(type: "INTEGER", nullable: true),
                    work_meeting_of = table.Column<Guid>(type: "TEXT", nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    policy_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    history_head = table.Column<string>(type: "TEXT", maxLength: 72, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signed_frameworks",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    jurisdiction_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signed_frameworks", x => x.agreement_id);
                });

            migrationBuilder.CreateTable(
                name: "unfinished_projects",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    unfinished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unfinished_projects", x => x.project_id);
                });

            migrationBuilder.CreateTable(
                name: "proposal_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
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
                    table.PrimaryKey("PK_proposal_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_proposal_history_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    prior_work = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    alignment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    next_steps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    requested_support = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposal_topics", x => x.id);
                    table.ForeignKey(
                        name: "FK_proposal_topics_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_calls_jurisdiction_code_year",
                table: "calls",
                columns: new[] { "jurisdiction_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_sent_at_sequence",
                table: "outbox_messages",
                columns: new[] { "sent_at", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_proposal_history_proposal_id_id",
                table: "proposal_history",
                columns: new[] { "proposal_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_proposal_topics_proposal_id",
                table: "proposal_topics",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_call_id",
                table: "proposals",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_jurisdiction_code_status",
                table: "proposals",
                columns: new[] { "jurisdiction_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_region_code_status",
                table: "proposals",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_signed_frameworks_jurisdiction_code_region_code",
                table: "signed_frameworks",
                columns: new[] { "jurisdiction_code", "region_code" });

            migrationBuilder.CreateIndex(
                name: "IX_unfinished_projects_region_code_field",
                table: "unfinished_projects",
                columns: new[] { "region_code", "field" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calls");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "proposal_history");

            migrationBuilder.DropTable(
                name: "proposal_topics");

            migrationBuilder.DropTable(
                name: "signed_frameworks");

            migrationBuilder.DropTable(
                name: "unfinished_projects");

            migrationBuilder.DropTable(
                name: "proposals");
        }
    }
}
