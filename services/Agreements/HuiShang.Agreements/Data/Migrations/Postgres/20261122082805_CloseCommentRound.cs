using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Agreements.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CloseCommentRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "close_reason",
                table: "comment_rounds",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "comment_rounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closed_by",
                table: "comment_rounds",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            // Existing rounds were never closed: an empty JSON list, which the list conversion reads back.
            migrationBuilder.AddColumn<string>(
                name: "unanswered_divisions",
                table: "comment_rounds",
                type: "text",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "close_reason",
                table: "comment_rounds");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "comment_rounds");

            migrationBuilder.DropColumn(
                name: "closed_by",
                table: "comment_rounds");

            migrationBuilder.DropColumn(
                name: "unanswered_divisions",
                table: "comment_rounds");
        }
    }
}
