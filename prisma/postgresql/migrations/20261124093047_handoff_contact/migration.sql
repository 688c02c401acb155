-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN     "contact" JSONB;

