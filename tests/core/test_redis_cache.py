"""The Redis cache keeps one client per server: Django's own makes one per call, whose set-up
cost about as much as a whole small request (core/redis_cache.py)."""

from core.redis_cache import RedisCache


def test_every_call_of_one_cache_uses_the_same_client():
    cache = RedisCache("redis://127.0.0.1:6379/5", {})
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    assert cache._cache.get_client("some-key") is client
