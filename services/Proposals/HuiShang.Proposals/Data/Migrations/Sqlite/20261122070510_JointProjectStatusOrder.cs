using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuiShang.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JointProjectStatusOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "unfinished",
                table: "unfinished_projects",
                type: "INTEGER",
                nullable: false,
                // Rows written before this migration were all unfinished (finished ones were deleted).
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "unfinished",
                table: "unfinished_projects");
        }
    }
}
