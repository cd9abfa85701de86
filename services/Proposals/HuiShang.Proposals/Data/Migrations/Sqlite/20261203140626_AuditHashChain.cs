using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "history_head",
                table: "proposals",
                type: "TEXT",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "client_address",
                table: "proposal_history",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "proposal_history",
                type: "TEXT",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                table: "proposal_history",
                type: "TEXT",
                maxLength: 72,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "history_head",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "proposal_history");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "proposal_history");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "proposal_history");
        }
    }
}
