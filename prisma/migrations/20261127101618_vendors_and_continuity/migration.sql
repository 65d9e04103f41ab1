-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('CRITICAL', 'IMPORTANT', 'STANDARD');

-- CreateEnum
CREATE TYPE "RecommendedAction" AS ENUM ('CONTINUE', 'REVIEW', 'REPLACE');

-- CreateEnum
CREATE TYPE "DrTestType" AS ENUM ('BACKUP_RESTORE', 'PARTIAL_DRILL', 'FULL_SIMULATION', 'PLAN_REVIEW');

-- CreateEnum
CREATE TYPE "DrTestStatus" AS ENUM ('PLANNED', 'DONE');

-- CreateTable
CREATE TABLE "vendors" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "service_type" TEXT NOT NULL,
    "criticality" "Criticality" NOT NULL,
    "owner" TEXT NOT NULL,
    "services" TEXT[],
    "contract_start" DATE,
    "contract_end" DATE,
    "renewal_date" DATE,
    "notice_period_days" INTEGER NOT NULL DEFAULT 90,
    "recovery_time_hours" DOUBLE PRECISION,
    "certifications" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT NOT NULL DEFAULT '',
    "last_assessed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vendors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vendor_assessments" (
    "id" UUID NOT NULL,
    "vendor_id" UUID NOT NULL,
    "assessed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessed_by_id" UUID NOT NULL,
    "reliability" INTEGER NOT NULL,
    "performance" INTEGER NOT NULL,
    "scalability" INTEGER NOT NULL,
    "data_protection" INTEGER NOT NULL,
    "access_controls" INTEGER NOT NULL,
    "financial_stability" INTEGER NOT NULL,
    "support_quality" INTEGER NOT NULL,
    "contract_terms" INTEGER NOT NULL,
    "certifications" TEXT[],
    "overall_score" DOUBLE PRECISION NOT NULL,
    "recommended_action" "RecommendedAction" NOT NULL,
    "formula_version" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "vendor_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "business_functions" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "criticality" "Criticality" NOT NULL,
    "rto_hours" DOUBLE PRECISION NOT NULL,
    "rpo_hours" DOUBLE PRECISION NOT NULL,
    "depends_on_services" TEXT[],
    "depends_on_vendor_ids" UUID[],
    "depends_on_function_ids" UUID[],
    "alternative_processes" TEXT[],
    "key_personnel" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "business_functions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dr_tests" (
    "id" UUID NOT NULL,
    "function_id" UUID NOT NULL,
    "type" "DrTestType" NOT NULL,
    "status" "DrTestStatus" NOT NULL,
    "planned_for" TIMESTAMPTZ(3) NOT NULL,
    "performed_at" TIMESTAMPTZ(3),
    "measured_rto_hours" DOUBLE PRECISION,
    "measured_rpo_hours" DOUBLE PRECISION,
    "findings" TEXT NOT NULL DEFAULT '',
    "follow_ups" TEXT[],
    "recorded_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dr_tests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "vendors_name_key" ON "vendors"("name");

-- CreateIndex
CREATE INDEX "vendor_assessments_vendor_id_assessed_at_idx" ON "vendor_assessments"("vendor_id", "assessed_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "business_functions_name_key" ON "business_functions"("name");

-- CreateIndex
CREATE INDEX "dr_tests_function_id_type_performed_at_idx" ON "dr_tests"("function_id", "type", "performed_at");

-- AddForeignKey
ALTER TABLE "vendor_assessments" ADD CONSTRAINT "vendor_assessments_vendor_id_fkey" FOREIGN KEY ("vendor_id") REFERENCES "vendors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dr_tests" ADD CONSTRAINT "dr_tests_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "business_functions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
