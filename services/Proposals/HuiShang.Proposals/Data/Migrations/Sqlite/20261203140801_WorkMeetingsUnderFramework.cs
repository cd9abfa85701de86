using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkMeetingsUnderFramework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "work_meeting_of",
                table: "proposals",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_signed_frameworks_jurisdiction_code_region_code",
                table: "signed_frameworks",
                columns: new[] { "jurisdiction_code", "region_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signed_frameworks");

            migrationBuilder.DropColumn(
                name: "work_meeting_of",
                table: "proposals");
        }
    }
}
