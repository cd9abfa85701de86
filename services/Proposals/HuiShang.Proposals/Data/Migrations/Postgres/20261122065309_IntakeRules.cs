using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntakeRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "decision_reason",
                table: "proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "fiscal_st_spending_growth",
                table: "proposals",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "policy_version",
                table: "proposals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "rd_gdp_ratio",
                table: "proposals",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "rd_gdp_ratio_previous",
                table: "proposals",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "regular_revenue_growth",
                table: "proposals",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "selected_year",
                table: "proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "selection_tier",
                table: "proposals",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "theme_city",
                table: "proposals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    policy_version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "proposal_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    from_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                name: "unfinished_projects",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unfinished_projects", x => x.project_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_call_id",
                table: "proposals",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "IX_calls_jurisdiction_code_year",
                table: "calls",
                columns: new[] { "jurisdiction_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposal_history_proposal_id_id",
                table: "proposal_history",
                columns: new[] { "proposal_id", "id" });

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
                name: "proposal_history");

            migrationBuilder.DropTable(
                name: "unfinished_projects");

            migrationBuilder.DropIndex(
                name: "IX_proposals_call_id",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "decision_reason",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "fiscal_st_spending_growth",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "policy_version",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "rd_gdp_ratio",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "rd_gdp_ratio_previous",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "regular_revenue_growth",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "selected_year",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "selection_tier",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "theme_city",
                table: "proposals");
        }
    }
}
