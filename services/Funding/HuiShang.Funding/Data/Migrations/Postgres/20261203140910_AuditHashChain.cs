using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Funding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "history_head",
                table: "projects",
                type: "character varying(72)",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "client_address",
                table: "project_history",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "project_history",
                type: "character varying(72)",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                table: "project_history",
                type: "character varying(72)",
                maxLength: 72,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "history_head",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "project_history");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "project_history");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "project_history");
        }
    }
}
