-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN     "audience" TEXT NOT NULL DEFAULT 'seeker';

