using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDivisionsAndAgreementNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbox_entries_source_message_id_recipient_role_recipient_region",
                table: "inbox_entries");

            migrationBuilder.AddColumn<string>(
                name: "recipient_division",
                table: "inbox_entries",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_entries_source_message_id_recipient_role_recipient_region_recipient_division",
                table: "inbox_entries",
                columns: new[] { "source_message_id", "recipient_role", "recipient_region", "recipient_division" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbox_entries_source_message_id_recipient_role_recipient_region_recipient_division",
                table: "inbox_entries");

            migrationBuilder.DropColumn(
                name: "recipient_division",
                table: "inbox_entries");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_entries_source_message_id_recipient_role_recipient_region",
                table: "inbox_entries",
                columns: new[] { "source_message_id", "recipient_role", "recipient_region" },
                unique: true);
        }
    }
}
