"""Django's Redis cache backend, keeping one client per server instead of making one per call.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` around the shared connection
pool on every cache call, and redis-py fills some 170 response callbacks into a fresh
dictionary each time: about 0.2 ms of a loaded 2-core machine's CPU per call, as much as a
whole request for /robots.txt. A page served from the cache makes one or two calls, so this
was about a quarter of a cached page's time (tracker.public_cache; bench/web, in-process). A
client is thread-safe and takes a connection from the pool per command, so one is kept per
server.
"""

from django.core.cache.backends import redis


class KeptClients(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptClients
