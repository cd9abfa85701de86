using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Agreements.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "history_head",
                table: "agreements",
                type: "TEXT",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "client_address",
                table: "agreement_history",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "agreement_history",
                type: "TEXT",
                maxLength: 72,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                table: "agreement_history",
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
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "agreement_history");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "agreement_history");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "agreement_history");
        }
    }
}
