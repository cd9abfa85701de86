using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Funding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotentResponses : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_idempotent_responses_subject_key",
                table: "idempotent_responses",
                columns: new[] { "subject", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotent_responses");
        }
    }
}
