from django.contrib import admin

from kehoach.web.plans.models import Plan, PlanVersion, Register


class PlanVersionInline(admin.TabularInline):
    model = PlanVersion
    extra = 0
    fields = ["number", "note", "created_by", "created_at"]
    readonly_fields = fields
    can_delete = False


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "kind", "status", "number", "symbol", "version"]
    list_filter = ["status", "kind", "organisation"]
    search_fields = ["title", "number", "symbol", "issuer"]
    readonly_fields = ["version", "created_at", "updated_at", "issued_at"]
    inlines = [PlanVersionInline]


@admin.register(Register)
class RegisterAdmin(admin.ModelAdmin):
    list_display = ["organisation", "year", "doc_type", "last_number"]
    list_filter = ["year", "doc_type"]
    # The register only moves forward, through issuing: nobody sets a number back or deletes it.
    readonly_fields = ["organisation", "year", "doc_type", "last_number"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
