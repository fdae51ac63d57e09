"""The read API: DRF viewsets over the timeline's FilterSets, with the OpenAPI schema."""
