using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "signed_frameworks",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    jurisdiction_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true)
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
