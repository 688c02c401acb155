-- AlterTable
ALTER TABLE "Advisor" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil";

